import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Frontier } from './frontier.js';
import { readSitemap } from './sitemap.js';

describe('Frontier', () => {
  it('queues same-site http(s) pages once, without fragments or files, up to the limit', () => {
    const frontier = new Frontier('https://www.example.com/', 4);
    frontier.add([
      'https://www.example.com/#top',
      'https://shop.example.com/cart',
      'https://www.example.com/about#team',
      'https://www.example.com/about',
      'https://other.example/',
      'mailto:hello@example.com',
      'https://www.example.com/brochure.pdf',
      'https://www.example.com/a?page=2',
      'https://www.example.com/b',
    ]);
    const taken = [];
    for (let next = frontier.next(); next; next = frontier.next()) taken.push(next);
    expect(taken).toEqual(['https://www.example.com/', 'https://shop.example.com/cart', 'https://www.example.com/about', 'https://www.example.com/a?page=2']);
    expect(frontier.planned).toBe(4);
  });
});

describe('readSitemap()', () => {
  let server: Server;
  let origin: string;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    server = createServer((request, response) => {
      const body = files[request.url ?? ''];
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/xml' }).end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a urlset, and the sitemaps of a sitemap index, decoding entities', async () => {
    files['/sitemap.xml'] =
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/pages.xml</loc></sitemap><sitemap><loc>${origin}/missing.xml</loc></sitemap></sitemapindex>`;
    files['/pages.xml'] = `<urlset><url><loc> ${origin}/a?x=1&amp;y=2 </loc></url><url><loc>${origin}/b</loc></url></urlset>`;
    expect(await readSitemap(`${origin}/deep/page`)).toEqual([`${origin}/a?x=1&y=2`, `${origin}/b`]);
  });

  it('finds nothing, without failing, when there is no sitemap or no server', async () => {
    delete files['/sitemap.xml'];
    expect(await readSitemap(`${origin}/`)).toEqual([]);
    expect(await readSitemap('http://127.0.0.1:9/', 2_000)).toEqual([]);
  });
});
