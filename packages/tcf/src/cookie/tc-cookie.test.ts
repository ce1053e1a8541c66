import { type CookieJar, memoryCookieJar } from '@assent/core';
import { describe, expect, it, vi } from 'vitest';
import { readTcfCookie, removeTcfCookie, writeTcfCookie } from './tc-cookie.js';

const attributes = { name: 'assent', domain: 'shop.example', path: '/', sameSite: 'Lax' as const, secure: true };
const blocked: CookieJar = {
  read: () => {
    throw new Error('SecurityError');
  },
  write: () => {
    throw new Error('SecurityError');
  },
  remove: () => {
    throw new Error('SecurityError');
  },
};

describe('TCF cookies', () => {
  it("writes with the store's attributes and caps the lifetime at 13 months", () => {
    const jar = { ...memoryCookieJar(), write: vi.fn() };
    writeTcfCookie(jar, 'euconsent-v2', 'CQabc.IAAA', attributes, 10 * 365 * 86_400);
    expect(jar.write).toHaveBeenCalledWith('euconsent-v2', 'CQabc.IAAA', { ...attributes, name: 'euconsent-v2', maxAgeSeconds: 395 * 86_400 });
  });

  it('reads back what it wrote and rejects values no TC string can have', () => {
    const jar = memoryCookieJar({ bad: 'a;b' });
    writeTcfCookie(jar, 'euconsent-v2', 'CQabc-_.IAAA', attributes, 60);
    expect(readTcfCookie(jar, 'euconsent-v2')).toBe('CQabc-_.IAAA');
    expect(readTcfCookie(jar, 'bad')).toBeUndefined();
    removeTcfCookie(jar, 'euconsent-v2', attributes);
    expect(readTcfCookie(jar, 'euconsent-v2')).toBeUndefined();
  });

  it('survives blocked cookies', () => {
    expect(readTcfCookie(blocked, 'euconsent-v2')).toBeUndefined();
    expect(writeTcfCookie(blocked, 'euconsent-v2', 'CQ', attributes, 60)).toBe(false);
    expect(() => removeTcfCookie(blocked, 'euconsent-v2', attributes)).not.toThrow();
  });
});
