// Serves a real ledger to the browser tests under /__assent-ledger/ on the test server's origin.
// Built from source with esbuild on the first request only, so other packages' browser tests pay
// nothing. /__assent-ledger/control?mode=up|down|ack-lost simulates outages:
//   down      writes answer 503 and store nothing (reads still work, for assertions)
//   ack-lost  records are committed, but the answer is a 502 (the acknowledgement is lost)
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PREFIX = '/__assent-ledger';
export const TEST_API_KEY = 'wtr-ledger-test-key';
let mode = 'up';
let loading;

async function load() {
  const { build } = await import('esbuild');
  const outdir = fileURLToPath(new URL('./node_modules/.assent-test/', import.meta.url));
  mkdirSync(outdir, { recursive: true });
  // Earlier runs' builds are stale (a running server has its copy loaded already).
  for (const name of readdirSync(outdir)) if (/^wtr-ledger-\d+\.mjs$/.test(name)) rmSync(join(outdir, name), { force: true });
  const outfile = join(outdir, `wtr-ledger-${process.pid}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL('./src/index.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3', 'pg'],
    logLevel: 'silent',
  });
  const ledgerApi = await import(pathToFileURL(outfile).href);
  const dir = mkdtempSync(join(tmpdir(), 'assent-wtr-ledger-'));
  const ledger = ledgerApi.createLedger({ storage: ledgerApi.openSqliteStorage(join(dir, 'ledger.sqlite'), { synchronous: 'NORMAL' }) });
  process.once('exit', () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outfile, { force: true });
  });
  const handler = ledgerApi.createLedgerHandler({ ledger, apiKeys: [TEST_API_KEY], rateLimit: false, basePath: PREFIX });
  // The record is committed through the Fetch handler; the answer the browser gets is a 502.
  const ackLost = async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = Object.entries(req.headers).filter(([, value]) => typeof value === 'string');
    await handler(new Request(new URL(req.url, `http://${req.headers.host}`), { method: req.method, headers, body: Buffer.concat(chunks) }), {
      remoteAddress: req.socket.remoteAddress,
    });
    res
      .writeHead(502, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: { code: 'bad_gateway', message: 'acknowledgement lost (test mode)' } }));
  };
  return { normal: ledgerApi.toNodeListener(handler), ackLost };
}

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};

/** Koa middleware for web-test-runner (mounted by the root config). */
async function assentLedger(ctx, next) {
  if (!ctx.path.startsWith(PREFIX + '/')) return next();
  if (ctx.path === `${PREFIX}/control`) {
    mode = ['up', 'down', 'ack-lost'].includes(ctx.query.mode) ? ctx.query.mode : 'up';
    return json(ctx, 200, { mode });
  }
  if (mode === 'down' && ctx.method === 'POST') return json(ctx, 503, { error: { code: 'unavailable', message: 'ledger down (test mode)' } });
  try {
    const listeners = await (loading ??= load());
    ctx.respond = false;
    await (mode === 'ack-lost' && ctx.method === 'POST' ? listeners.ackLost : listeners.normal)(ctx.req, ctx.res);
  } catch (error) {
    loading = undefined;
    ctx.respond = true;
    json(ctx, 500, { error: { code: 'test_ledger_failed', message: String(error) } });
  }
}

export default [assentLedger];
