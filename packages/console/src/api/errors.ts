/**
 * A failed call to the ledger: the HTTP status (0 when the ledger could not be reached) and the
 * ledger's machine-readable code from its `{ "error": { "code", "message" } }` body.
 *
 * @example
 * try { await api.statistics(query); } catch (error) { if (error instanceof ApiError && error.code === 'invalid_query') … }
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The scope a `403 insufficient_scope` names (`This API key lacks the "console" scope`), if any. */
  get missingScope(): string | undefined {
    return this.code === 'insufficient_scope' ? (/"([a-z]+)"/.exec(this.message)?.[1] ?? undefined) : undefined;
  }
}

/**
 * The error a failed response stands for: the ledger's JSON error body when there is one, else a
 * message naming the status (a proxy's HTML page, an empty body).
 *
 * @example
 * if (!response.ok) throw await errorFrom(response);
 */
export async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(response.status, error.code, typeof error.message === 'string' ? error.message : error.code, error.details);
  }
  return new ApiError(response.status, 'http_error', `The ledger answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
}
