// A small static file server: enough for the demo sites, nothing clever. Paths are resolved
// inside their root (no "..", no symlink tricks needed for a demo) and served uncached, so a
// rebuilt bundle shows up on the next reload.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves files of `root` below the URL prefix `mount`. With `fallback`, unknown paths without a
 * file extension get that file instead (client-side routes of a single-page app).
 * @param {{ root: string, mount?: string, fallback?: string }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, pathname: string) => Promise<boolean>} resolves false when nothing matched
 */
export function staticFiles({ root, mount = '/', fallback }) {
  const base = normalize(root + sep);
  return async (req, res, pathname) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !pathname.startsWith(mount)) return false;
    let relative = pathname.slice(mount.length);
    try {
      relative = decodeURIComponent(relative);
    } catch {
      return false;
    }
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(base, relative));
    if (!file.startsWith(base)) return false;
    const found = (await isFile(file)) ? file : fallback && !extname(relative) ? join(base, fallback) : undefined;
    if (!found || !(await isFile(found))) return false;
    res.writeHead(200, {
      'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return (res.end(), true);
    await new Promise((resolve, reject) => createReadStream(found).on('error', reject).pipe(res).on('finish', resolve));
    return true;
  };
}

/** @param {string} file */
const isFile = (file) =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
