// The evidence ledger's API on this site's own origin. The browser's outbox posts decisions to
// /v1/consents here; this handler forwards them to the ledger (the demo backend's, or your own),
// whose URL is read at request time, so one build runs against any ledger.
//
// Why not `rewrites` in next.config.ts: Next.js fixes rewrites when it builds, and the ledger's URL
// is only known when the site starts (the end-to-end tests start a ledger on a random port).

/** Where the ledger runs; `pnpm demo` starts one on :8080 and passes its URL. */
const ledgerUrl = (): string => process.env.ASSENT_LEDGER_URL ?? 'http://localhost:8080';

// What the ledger reads from a request; anything else (this site's cookies, above all) stays here.
const FORWARDED = ['accept', 'authorization', 'content-type', 'if-none-match', 'user-agent', 'x-assent-csrf'];

async function forward(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The ledger admits writes from its own origin and the origins it allows. A request from a page
  // of this site is same-origin here, so it is sent on without an Origin; one from any other page
  // keeps its Origin and the ledger decides, as it would without this hop.
  // (request.url names the host Next.js listens on, not necessarily the one the browser used: the
  // Host header, or a proxy's X-Forwarded-Host, says which that was.)
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin !== null && (!URL.canParse(origin) || new URL(origin).host !== host)) headers.set('origin', origin);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  try {
    const answer = await fetch(new URL(url.pathname + url.search, ledgerUrl()), { method: request.method, headers, body, redirect: 'manual' });
    // fetch() has decoded the body already: its encoding and length no longer describe it.
    const answerHeaders = new Headers(answer.headers);
    for (const name of ['content-encoding', 'content-length', 'transfer-encoding', 'connection']) answerHeaders.delete(name);
    return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answerHeaders });
  } catch {
    // The outbox keeps the record and retries on a 5xx; it never counts as delivered.
    return Response.json({ error: { code: 'ledger_unreachable', message: 'The consent ledger cannot be reached' } }, { status: 502 });
  }
}

export { forward as GET, forward as POST, forward as PUT, forward as PATCH, forward as DELETE, forward as OPTIONS };

// Decisions must reach the ledger every time, never from a cache.
export const dynamic = 'force-dynamic';
