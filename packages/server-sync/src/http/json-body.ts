import { HttpError } from './errors.js';
import type { LedgerRequest } from './types.js';

const MAX_FIELD_LENGTH = 512;

const invalid = (path: string, message: string) => new HttpError(400, 'invalid_request', message, {}, [{ path, message }]);

/**
 * Reads a small JSON object of string fields: 415 unless `application/json`, 400 `invalid_json`
 * when it does not parse, 400 `invalid_request` naming the field when a field is unknown, missing,
 * not a non-empty string or longer than 512 characters. With `oneOf`, exactly one of the fields.
 *
 * @example
 * const { consentId, subjectId } = await readJsonObject(request, 4096, ['consentId', 'subjectId'], { oneOf: true });
 */
export async function readJsonObject<K extends string>(
  request: LedgerRequest,
  limit: number,
  fields: readonly K[],
  options: { oneOf?: boolean } = {},
): Promise<Partial<Record<K, string>>> {
  const type = (request.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported_media_type', 'Send JSON (application/json)');
  let body: unknown;
  try {
    body = JSON.parse(await request.text(limit));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'invalid_json', 'Request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('', `Send a JSON object with ${fields.join(' or ')}`);
  const values: Partial<Record<K, string>> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!(fields as readonly string[]).includes(name)) throw invalid(name.slice(0, 32), `Unknown field "${name.slice(0, 32)}" (use ${fields.join(', ')})`);
    if (typeof value !== 'string' || value === '' || value.length > MAX_FIELD_LENGTH)
      throw invalid(name, `Field "${name}" must be a non-empty string of at most ${MAX_FIELD_LENGTH} characters`);
    values[name as K] = value;
  }
  const given = Object.keys(values).length;
  if (options.oneOf ? given !== 1 : given !== fields.length) {
    const missing = options.oneOf ? fields.join(' or ') : fields.filter((field) => values[field] === undefined).join(', ');
    throw invalid(fields.find((field) => values[field] === undefined) ?? '', options.oneOf ? `Give exactly one of ${missing}` : `Missing ${missing}`);
  }
  return values;
}
