import { ConsentConfigError } from '@assent/core';
import { describe, expect, it } from 'vitest';
import { assertNotice } from './notice.js';

const fieldsOf = (notice: unknown) => {
  try {
    assertNotice(notice);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentConfigError);
    return (error as ConsentConfigError).issues.map((issue) => issue.field);
  }
};

describe('assertNotice', () => {
  it('accepts what the ledger accepts: an http(s) URL, a printable version, an optional SHA-256 hex', () => {
    expect(fieldsOf(undefined)).toEqual([]);
    expect(fieldsOf({ url: 'https://shop.example/privacy', version: '2026-11' })).toEqual([]);
    expect(fieldsOf({ url: 'http://localhost:8080/privacy.html', version: 'v 3.1', hash: 'a'.repeat(64) })).toEqual([]);
  });

  it('names the field it refuses', () => {
    expect(fieldsOf({ url: '/privacy', version: '1' })).toEqual(['notice.url']);
    expect(fieldsOf({ url: 'javascript:alert(1)', version: '1' })).toEqual(['notice.url']);
    expect(fieldsOf({ url: `https://shop.example/${'a'.repeat(2048)}`, version: '1' })).toEqual(['notice.url']);
    expect(fieldsOf({ url: 'https://shop.example/privacy', version: '' })).toEqual(['notice.version']);
    expect(fieldsOf({ url: 'https://shop.example/privacy', version: 'x'.repeat(65) })).toEqual(['notice.version']);
    expect(fieldsOf({ url: 'https://shop.example/privacy', version: 3 })).toEqual(['notice.version']);
    expect(fieldsOf({ url: 'https://shop.example/privacy', version: '1', hash: 'ABC' })).toEqual(['notice.hash']);
    expect(fieldsOf({ url: 'https://shop.example/privacy', version: '1', date: '2026-11-30' })).toEqual(['notice.date']);
    expect(fieldsOf({ version: '1' })).toEqual(['notice.url']);
    expect(fieldsOf('https://shop.example/privacy')).toContain('notice');
  });
});
