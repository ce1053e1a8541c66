import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { consoleAssetsDirectory } from '@assent/console';
import { HttpError } from '../http/errors.js';
import type { LedgerReply, LedgerRequest } from '../http/types.js';

/**
 * The console page's Content-Security-Policy: its own scripts and styles only, no inline code, no
 * third party, calls to its own origin only, never framed.
 *
 * @example
 * reply.headers['content-security-policy'] = CONSOLE_CSP;
 */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const FILE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * Serves the console's built files at `<base>/console/` (`/console` redirects there), read once
 * from `@assent/console` on first request: strict CSP, no framing, no referrer, revalidated by
 * ETag. Undefined for other paths. 503 `console_not_built` when the package has no build.
 *
 * @example
 * const reply = consoleFiles(request, path, basePath);
 */
export function consoleStaticFiles(directory = consoleAssetsDirectory()) {
  let assets: Map<string, Asset> | undefined;
  const load = () => {
    const found = new Map<string, Asset>();
    let names: string[];
    try {
      names = readdirSync(directory);
    } catch {
      throw new HttpError(503, 'console_not_built', 'The console is not built: run `pnpm run build` in packages/console');
    }
    for (const name of names) {
      const type = TYPES[extname(name)];
      if (!type || !FILE_NAME.test(name)) continue;
      const body = readFileSync(join(directory, name));
      found.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });
    }
    if (!found.has('index.html')) throw new HttpError(503, 'console_not_built', 'The console is not built: run `pnpm run build` in packages/console');
    return found;
  };
  return (request: LedgerRequest, path: string, basePath: string): LedgerReply | undefined => {
    if (path !== '/console' && !path.startsWith('/console/')) return undefined;
    if (path === '/console/session') return undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'method_not_allowed', 'Use GET', { allow: 'GET, HEAD' });
    if (path === '/console') return { status: 308, headers: { location: `${basePath}/console/`, 'cache-control': 'no-store' }, body: null };
    assets ??= load();
    const name = path === '/console/' ? 'index.html' : path.slice('/console/'.length);
    const asset = assets.get(name);
    if (!asset) throw new HttpError(404, 'not_found', 'No such file');
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': 'no-cache',
      etag: asset.etag,
      'content-security-policy': CONSOLE_CSP,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    };
    if (request.header('if-none-match') === asset.etag) return { status: 304, headers, body: null };
    return { status: 200, headers, body: asset.body.toString('utf8') };
  };
}
