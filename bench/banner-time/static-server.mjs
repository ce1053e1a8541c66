// A tiny static file server on 127.0.0.1 for the time-to-banner pages: fixed routes only, no
// compression (loopback bandwidth is not what is measured), nothing cached by the browser.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
};

/**
 * Serves in-memory pages and folders mounted under URL prefixes.
 * @param {{ pages: Record<string, string>, mounts: Record<string, string>, gzip?: boolean, fileDelayMs?: number }} site
 *   pages: path → HTML; mounts: URL prefix (ending in `/`) → directory; gzip: compress text
 *   responses, as a real server or CDN does (Lighthouse simulates the network from transfer sizes);
 *   fileDelayMs: answer every mounted file that much later (the same for every page)
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic({ pages, mounts, gzip = false, fileDelayMs = 0 }) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status, type, body) => {
      const compress = gzip && /^text\//.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const bytes = compress ? gzipSync(body, { level: 9 }) : body;
      res.writeHead(status, {
        'content-type': type,
        'content-length': Buffer.byteLength(bytes),
        'cache-control': 'no-store',
        ...(compress && { 'content-encoding': 'gzip' }),
      });
      res.end(bytes);
    };
    if (path in pages) return send(200, TYPES['.html'], pages[path]);
    const prefix = Object.keys(mounts).find((candidate) => path.startsWith(candidate));
    if (!prefix) return send(404, 'text/plain', 'not found');
    if (fileDelayMs) await new Promise((resolve) => setTimeout(resolve, fileDelayMs));
    const root = mounts[prefix];
    const file = normalize(join(root, path.slice(prefix.length)));
    // Only files inside the mounted folder, whatever `..` the URL holds.
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
