import { describe, expect, it, vi } from 'vitest';
import { apiBase } from './base-url.js';
import { createApiClient } from './client.js';
import { ApiError } from './errors.js';

type Sent = { url: string; init: RequestInit };

function fakeFetch(answer: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return answer({ url, init });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const session = { scopes: ['read', 'console'], expiresAt: '2026-11-30T18:00:00.000Z', csrfToken: 'tok' };
const headers = (sent: Sent) => sent.init.headers as Record<string, string>;

describe('apiBase', () => {
  it('is the page location minus /console/…', () => {
    expect(apiBase(new URL('https://ledger.example/console/'))).toBe('https://ledger.example');
    expect(apiBase(new URL('https://ledger.example/console/index.html#evidence'))).toBe('https://ledger.example');
    expect(apiBase(new URL('https://example.org/consent/console/'))).toBe('https://example.org/consent');
    expect(apiBase(new URL('https://example.org/consent/console'))).toBe('https://example.org/consent');
  });
});

describe('createApiClient', () => {
  it('sends the key in a JSON body, same-origin credentials, then the CSRF token on POST and DELETE only', async () => {
    const { fetch, sent } = fakeFetch(({ url }) =>
      url.endsWith('/console/session') ? Response.json(session, { status: 201 }) : Response.json({ consentIds: [], records: [], texts: {} }),
    );
    const api = createApiClient({ base: 'https://ledger.example', fetch });
    await api.signIn('k_secret');
    expect(sent[0]!.url).toBe('https://ledger.example/console/session');
    expect(sent[0]!.init.method).toBe('POST');
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual({ key: 'k_secret' });
    expect(sent[0]!.init.credentials).toBe('same-origin');
    expect(headers(sent[0]!)['x-assent-csrf']).toBeUndefined();

    await api.lookup('subject', 'ada@example.org');
    expect(sent[1]!.url).toBe('https://ledger.example/v1/lookup/subject');
    expect(JSON.parse(sent[1]!.init.body as string)).toEqual({ subjectId: 'ada@example.org' });
    expect(headers(sent[1]!)['x-assent-csrf']).toBe('tok');

    await api.statistics({ from: '2026-11-01', to: '2026-11-30', by: 'text' }).catch(() => undefined);
    expect(sent[2]!.url).toBe('https://ledger.example/v1/statistics?from=2026-11-01&to=2026-11-30&by=text');
    expect(headers(sent[2]!)['x-assent-csrf']).toBeUndefined();
  });

  it("turns the ledger's error body into an ApiError, naming a missing scope", async () => {
    const { fetch } = fakeFetch(() =>
      Response.json({ error: { code: 'insufficient_scope', message: 'This API key lacks the "console" scope' } }, { status: 403 }),
    );
    const error = await createApiClient({ base: '', fetch })
      .signIn('k')
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'insufficient_scope' });
    expect(error.missingScope).toBe('console');
  });

  it('names the status when the body is not the ledger’s (a proxy page)', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await createApiClient({ base: '', fetch })
      .integrity()
      .catch((caught) => caught);
    expect(error).toMatchObject({ status: 502, code: 'http_error', message: 'The ledger answered 502 Bad Gateway' });
  });

  it('calls onSessionEnded once a call in a session answers 401, not for a wrong key at sign-in', async () => {
    let status = 401;
    const { fetch } = fakeFetch(({ url }) =>
      url.endsWith('/console/session') && status === 201
        ? Response.json(session, { status: 201 })
        : Response.json({ error: { code: status === 401 ? 'invalid_key' : 'x', message: 'no' } }, { status }),
    );
    const ended = vi.fn();
    const api = createApiClient({ base: '', fetch, onSessionEnded: ended });
    await expect(api.signIn('wrong')).rejects.toMatchObject({ code: 'invalid_key' });
    expect(ended).not.toHaveBeenCalled();
    status = 201;
    await api.signIn('right');
    status = 401;
    await expect(api.integrity()).rejects.toBeInstanceOf(ApiError);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('answers null for a record without a proof (404) and a ledger without a log key (503)', async () => {
    const { fetch } = fakeFetch(({ url }) =>
      url.includes('/inclusion/')
        ? Response.json({ error: { code: 'not_found', message: 'No logged record' } }, { status: 404 })
        : Response.json({ error: { code: 'log_not_signed', message: 'no key' } }, { status: 503 }),
    );
    const api = createApiClient({ base: '', fetch });
    expect(await api.inclusion('r-1')).toBeNull();
    expect(await api.verifierKey()).toBeNull();
  });

  it('reads the verifier key as text, without its final newline', async () => {
    const { fetch, sent } = fakeFetch(() => new Response('ledger.example+1234abcd+AAAA\n', { headers: { 'content-type': 'text/plain' } }));
    expect(await createApiClient({ base: '/base', fetch }).verifierKey()).toBe('ledger.example+1234abcd+AAAA');
    expect(sent[0]!.url).toBe('/base/v1/log/key');
  });

  it('pages the erasure log with limit and before', async () => {
    const { fetch, sent } = fakeFetch(() => Response.json({ entries: [] }));
    await createApiClient({ base: '', fetch }).erasures({ before: 51 });
    expect(sent[0]!.url).toBe('/v1/erasures?limit=50&before=51');
  });

  it('reads the texts behind a text hash, null when none are stored', async () => {
    const snapshot = { textHash: 'ab', locale: 'en', texts: ['Hi'], choices: {}, createdAt: '2026-11-01T00:00:00.000Z' };
    const { fetch, sent } = fakeFetch(({ url }) =>
      url.endsWith('/ab') ? Response.json(snapshot) : Response.json({ error: { code: 'not_found', message: 'none' } }, { status: 404 }),
    );
    const api = createApiClient({ base: '', fetch });
    expect(await api.texts('ab')).toEqual(snapshot);
    expect(await api.texts('cd')).toBeNull();
    expect(sent[0]!.url).toBe('/v1/texts/ab');
  });
});
