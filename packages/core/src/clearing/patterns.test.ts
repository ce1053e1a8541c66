import { describe, expect, it } from 'vitest';
import { domainAncestors, namePattern, pathAncestors } from './patterns.js';

describe('namePattern', () => {
  it('matches exact names only', () => {
    expect(namePattern('_ga').test('_ga')).toBe(true);
    expect(namePattern('_ga').test('_gat')).toBe(false);
    expect(namePattern('_ga').test('x_ga')).toBe(false);
  });

  it('lets * match any run of characters, including none', () => {
    const pattern = namePattern('_pk_id.*');
    expect(pattern.test('_pk_id.1.a1b2')).toBe(true);
    expect(pattern.test('_pk_id.')).toBe(true);
    expect(pattern.test('_pk_idX1')).toBe(false); // '.' is literal
    expect(namePattern('*_session').test('shop_session')).toBe(true);
    expect(namePattern('a*b*c').test('a1b2c')).toBe(true);
  });

  it('treats regular-expression characters literally', () => {
    expect(namePattern('ga:clientId').test('ga:clientId')).toBe(true);
    expect(namePattern('a+b').test('aab')).toBe(false);
    expect(namePattern('(x)|y').test('y')).toBe(false);
    expect(namePattern('[id]').test('[id]')).toBe(true);
  });
});

describe('domainAncestors', () => {
  it('lists the host and its parents, without the top-level label', () => {
    expect(domainAncestors('shop.eu.example.com')).toEqual(['shop.eu.example.com', 'eu.example.com', 'example.com']);
    expect(domainAncestors('shop.assent.test')).toEqual(['shop.assent.test', 'assent.test']);
    expect(domainAncestors('example.com')).toEqual(['example.com']);
  });

  it('has no Domain values for single-label hosts and IP addresses (host-only cookies there)', () => {
    expect(domainAncestors('localhost')).toEqual([]);
    expect(domainAncestors('127.0.0.1')).toEqual([]);
    expect(domainAncestors('[::1]')).toEqual([]);
  });
});

describe('pathAncestors', () => {
  it('lists / and every ancestor with and without a trailing slash, and the path itself', () => {
    expect(pathAncestors('/shop/cart/view')).toEqual(['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/', '/shop/cart/view']);
    expect(pathAncestors('/shop/cart/')).toEqual(['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']);
  });

  it('is just / at the root', () => {
    expect(pathAncestors('/')).toEqual(['/']);
    expect(pathAncestors('')).toEqual(['/']);
  });

  it('ignores doubled slashes', () => {
    expect(pathAncestors('/a//b')).toEqual(['/', '/a', '/a/', '/a/b']);
  });
});
