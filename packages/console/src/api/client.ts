import { ApiError, errorFrom } from './errors.js';
import type {
  AuditEntryKind,
  ConsoleSession,
  ErasureReport,
  InclusionAnswer,
  IntegrityStatus,
  LedgerStatistics,
  LookupAnswer,
  StatisticsBreakdown,
  TargetKind,
  TextSnapshot,
} from './types.js';

/** What `createApiClient` takes. */
export interface ApiClientOptions {
  /** The ledger's base URL without a trailing slash (see `apiBase`). */
  base: string;
  /** Called once when a call made in a session answers 401: the session ended (expired, key removed). */
  onSessionEnded?: () => void;
  /** The fetch to use; by default the page's `fetch` at the time of each call. */
  fetch?: typeof fetch;
}

/** The calls the console makes; each throws `ApiError` on failure. */
export interface ApiClient {
  /** `POST /console/session`: exchanges an API key for a session cookie (the key goes in the body, never a URL). */
  signIn(key: string): Promise<ConsoleSession>;
  /** `GET /console/session`: the current session, or `undefined` when there is none. */
  currentSession(): Promise<ConsoleSession | undefined>;
  /** `DELETE /console/session`. */
  signOut(): Promise<void>;
  statistics(query: { from: string; to: string; by?: StatisticsBreakdown }): Promise<LedgerStatistics>;
  /** `POST /v1/lookup/consent` or `/v1/lookup/subject`; the id travels in the body. */
  lookup(kind: TargetKind, id: string): Promise<LookupAnswer>;
  /** `GET /v1/log/inclusion/{recordId}`; `null` when the record is not logged (404) or the log is not signed (503). */
  inclusion(recordId: string): Promise<InclusionAnswer | null>;
  /** `GET /v1/texts/{textHash}`: the texts behind a text hash (public), `null` when none are stored. */
  texts(textHash: string): Promise<TextSnapshot | null>;
  /** `GET /v1/log/key` (text); `null` when the ledger signs no checkpoints (503). */
  verifierKey(): Promise<string | null>;
  integrity(): Promise<IntegrityStatus>;
  /** `POST /v1/integrity/verify`: starts a full verify unless one runs. */
  startVerify(): Promise<IntegrityStatus>;
  erase(kind: TargetKind, id: string): Promise<ErasureReport>;
  erasures(query?: { limit?: number; before?: number }): Promise<{ entries: AuditEntryKind<'erasure'>[] }>;
}

/**
 * The console's fetch wrapper: same-origin calls with the session cookie, JSON in and out, the
 * CSRF token on every POST and DELETE, and `onSessionEnded` when a call made in a session answers
 * 401. Holds no key: the key is sent once, to `signIn`, and forgotten.
 *
 * @example
 * const api = createApiClient({ base: apiBase(location), onSessionEnded: () => showSignIn('Your session ended') });
 * await api.signIn(key);
 * const stats = await api.statistics({ from: '2026-11-01', to: '2026-11-30', by: 'region' });
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  let csrfToken: string | undefined;
  const fetchFn = (input: string, init: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init);

  const send = async (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, accept = 'application/json'): Promise<Response> => {
    const headers: Record<string, string> = { accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['x-assent-csrf'] = csrfToken;
    let response: Response;
    try {
      response = await fetchFn(options.base + path, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, 'network', 'The ledger could not be reached. Check the connection and try again.');
    }
    if (response.status === 401 && csrfToken !== undefined && path !== '/console/session') {
      csrfToken = undefined;
      options.onSessionEnded?.();
    }
    return response;
  };
  const call = async <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> => {
    const response = await send(method, path, body);
    if (!response.ok) throw await errorFrom(response);
    return (await response.json()) as T;
  };
  const nullOn = async <T>(statuses: number[], run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ApiError && statuses.includes(error.status)) return null;
      throw error;
    }
  };
  const remember = (session: ConsoleSession) => {
    csrfToken = session.csrfToken;
    return session;
  };

  return {
    signIn: async (key) => remember(await call<ConsoleSession>('POST', '/console/session', { key })),
    async currentSession() {
      const response = await send('GET', '/console/session');
      if (response.status === 401) {
        csrfToken = undefined;
        return undefined;
      }
      if (!response.ok) throw await errorFrom(response);
      return remember((await response.json()) as ConsoleSession);
    },
    async signOut() {
      const response = await send('DELETE', '/console/session');
      csrfToken = undefined;
      // 401: the session had already ended, which is what signing out wants.
      if (!response.ok && response.status !== 401) throw await errorFrom(response);
    },
    statistics: ({ from, to, by }) => call('GET', `/v1/statistics?${new URLSearchParams({ from, to, ...(by ? { by } : {}) })}`),
    lookup: (kind, id) => call('POST', `/v1/lookup/${kind}`, kind === 'subject' ? { subjectId: id } : { consentId: id }),
    inclusion: (recordId) => nullOn([404, 503], () => call<InclusionAnswer>('GET', `/v1/log/inclusion/${encodeURIComponent(recordId)}`)),
    texts: (textHash) => nullOn([404], () => call<TextSnapshot>('GET', `/v1/texts/${encodeURIComponent(textHash)}`)),
    verifierKey: () =>
      nullOn([503], async () => {
        const response = await send('GET', '/v1/log/key', undefined, 'text/plain');
        if (!response.ok) throw await errorFrom(response);
        return (await response.text()).trim();
      }),
    integrity: () => call('GET', '/v1/integrity'),
    startVerify: () => call('POST', '/v1/integrity/verify'),
    erase: (kind, id) => call('POST', '/v1/erasures', kind === 'subject' ? { subjectId: id } : { consentId: id }),
    erasures: ({ limit = 50, before } = {}) =>
      call('GET', `/v1/erasures?${new URLSearchParams({ limit: String(limit), ...(before === undefined ? {} : { before: String(before) }) })}`),
  };
}
