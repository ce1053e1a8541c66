import { type CookieJar, memoryCookieJar } from '@assent/core';
import { describe, expect, it, vi } from 'vitest';
import { GPP_COOKIE_MAX_AGE_SECONDS, readGppCookie, removeGppCookie, writeGppCookie } from './gpp-cookie.js';

const attributes = { name: 'assent', domain: 'shop.example', path: '/', sameSite: 'Lax' as const, secure: true };
const fail = () => {
  throw new Error('SecurityError');
};
const blocked: CookieJar = { read: fail, write: fail, remove: fail };

describe('GPP cookie', () => {
  it("writes with the store's attributes and caps the lifetime at 13 months", () => {
    const jar = { ...memoryCookieJar(), write: vi.fn() };
    writeGppCookie(jar, 'assent_gpp', 'DBABBg~BUUAAACA.YA', attributes, 10 * 365 * 86_400);
    expect(jar.write).toHaveBeenCalledWith('assent_gpp', 'DBABBg~BUUAAACA.YA', {
      ...attributes,
      name: 'assent_gpp',
      maxAgeSeconds: GPP_COOKIE_MAX_AGE_SECONDS,
    });
    writeGppCookie(jar, 'assent_gpp', 'DBAA', attributes, -5);
    expect(jar.write).toHaveBeenLastCalledWith('assent_gpp', 'DBAA', { ...attributes, name: 'assent_gpp', maxAgeSeconds: 0 });
    expect(GPP_COOKIE_MAX_AGE_SECONDS).toBe(395 * 86_400);
  });

  it('reads back what it wrote and rejects values no GPP string can have', () => {
    const jar = memoryCookieJar({ bad: 'a;b', tc: 'CQabc.IAAA' });
    writeGppCookie(jar, 'assent_gpp', 'DBABMA~CQabc-_.IAAA', attributes, 60);
    expect(readGppCookie(jar, 'assent_gpp')).toBe('DBABMA~CQabc-_.IAAA');
    expect(readGppCookie(jar, 'bad')).toBeUndefined();
    expect(readGppCookie(jar, 'tc')).toBeUndefined();
    removeGppCookie(jar, 'assent_gpp', attributes);
    expect(readGppCookie(jar, 'assent_gpp')).toBeUndefined();
  });

  it('survives blocked cookies', () => {
    expect(readGppCookie(blocked, 'assent_gpp')).toBeUndefined();
    expect(writeGppCookie(blocked, 'assent_gpp', 'DBAA', attributes, 60)).toBe(false);
    expect(() => removeGppCookie(blocked, 'assent_gpp', attributes)).not.toThrow();
  });
});
