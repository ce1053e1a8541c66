import { describe, expect, it } from 'vitest';
import { matchesPattern } from './patterns.js';
import { hostOf, sameSite, siteOf, withoutQuery } from './same-site.js';

describe('siteOf() / sameSite()', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['shop.example.com.au', 'example.com.au'],
    ['example.co.jp', 'example.co.jp'],
    ['EXAMPLE.com.', 'example.com'],
    ['127.0.0.2', '127.0.0.2'],
    ['localhost', 'localhost'],
    ['::1', '::1'],
  ])('%s is on the site %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('tells apart sites and their subdomains', () => {
    expect(sameSite('cdn.example.com', 'www.example.com')).toBe(true);
    expect(sameSite('example.com', 'example.org')).toBe(false);
    expect(sameSite('127.0.0.1', '127.0.0.2')).toBe(false);
  });
});

describe('URLs kept in reports', () => {
  it('drop query strings and fragments, which carry identifiers', () => {
    expect(withoutQuery('https://t.example/c?uid=42#x')).toBe('https://t.example/c');
    expect(withoutQuery('not a url?x=1')).toBe('not a url');
  });

  it('give the host of a URL, or nothing', () => {
    expect(hostOf('http://[::1]:8080/')).toBe('::1');
    expect(hostOf('about:blank')).toBe('');
  });
});

describe('matchesPattern()', () => {
  it('matches names exactly or with * for any run, everything else literal', () => {
    expect(matchesPattern('_ga', '_ga')).toBe(true);
    expect(matchesPattern('_ga', '_ga_1')).toBe(false);
    expect(matchesPattern('_ga_*', '_ga_ABC')).toBe(true);
    expect(matchesPattern('*.clarity.ms', 'c.clarity.ms')).toBe(true);
    expect(matchesPattern('*.clarity.ms', 'clarityxms')).toBe(false);
    expect(matchesPattern('a.(b)+*', 'a.(b)+z')).toBe(true);
    expect(matchesPattern('a.(b)+*', 'aX(b)+z')).toBe(false);
  });
});
