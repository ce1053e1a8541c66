// Serves the script-tag timing tests (src/script-tag/async-script.browser.test.ts) a parser-blocking
// script that is held until the page says so, so a test can make assent.js run while the document
// is still being parsed (before <body> exists) without depending on how fast this machine is.
//   /__assent-hold/script.js?id=…   answered once /__assent-hold/release?id=… was requested (or after 5 s)
//   /__assent-hold/release?id=…     releases it (after ?delay= ms, default 0)
const PREFIX = '/__assent-hold/';
const MAX_HOLD_MS = 5000;
/** id → resolve of the held answer, or `true` when the release came first. */
const held = new Map();

const release = (id) => {
  const waiting = held.get(id);
  if (typeof waiting === 'function') waiting();
  held.set(id, true);
};

/** Koa middleware for web-test-runner (mounted by the root config). */
async function assentHold(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const id = String(ctx.query.id ?? '');
  if (ctx.path === `${PREFIX}release`) {
    const delay = Math.min(Number(ctx.query.delay) || 0, MAX_HOLD_MS);
    setTimeout(() => release(id), delay);
    ctx.type = 'text/plain';
    ctx.body = 'ok';
    return;
  }
  if (ctx.path === `${PREFIX}script.js`) {
    if (held.get(id) !== true) {
      await new Promise((resolve) => {
        held.set(id, resolve);
        setTimeout(resolve, MAX_HOLD_MS);
      });
    }
    held.delete(id);
    ctx.set('cache-control', 'no-store');
    ctx.type = 'text/javascript';
    ctx.body = 'window.heldScriptRan = performance.now();';
    return;
  }
  return next();
}

export default [assentHold];
