import type { EvidenceInput } from './types.js';
import { DECISION_RECORD_FIELDS, DEFAULT_CATEGORIES, MAX_EXPIRY_DAYS } from '@assent/core/cookie';

/**
 * The categories a site has unless it configures others (`@assent/core`'s default four).
 *
 * @example
 * createLedger({ storage, categories: [...DEFAULT_LEDGER_CATEGORIES, 'support-chat'] });
 */
export const DEFAULT_LEDGER_CATEGORIES: readonly string[] = DEFAULT_CATEGORIES;

/**
 * Longest validity the ledger records, in days: 13 months, the same ceiling `@assent/core` enforces.
 *
 * @example
 * const latest = Date.now() + MAX_VALIDITY_DAYS * 86_400_000;
 */
export const MAX_VALIDITY_DAYS = MAX_EXPIRY_DAYS;

/**
 * What the ledger accepts besides the record itself.
 *
 * @example
 * const schema: EvidenceSchema = { categories: ['necessary', 'analytics'], services: ['matomo'] };
 */
export interface EvidenceSchema {
  /** Allowed category ids. Default: necessary, functional, analytics, advertising. */
  categories?: readonly string[];
  /** Allowed service ids; when omitted any well-formed id is accepted. */
  services?: readonly string[];
}

/**
 * One problem with a submitted record: the field path and what is wrong.
 *
 * @example
 * const issue: EvidenceIssue = { path: 'categories.ads', message: 'unknown category' };
 */
export interface EvidenceIssue {
  path: string;
  message: string;
}

/**
 * Thrown when a record does not match the evidence schema; nothing was stored.
 *
 * @example
 * try { await ledger.record(input, context); } catch (e) { if (e instanceof EvidenceInputError) console.log(e.issues); }
 */
export class EvidenceInputError extends Error {
  override name = 'EvidenceInputError';
  constructor(readonly issues: EvidenceIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  }
}

const ID = /^[A-Za-z0-9_-]{8,64}$/;
// Printable ASCII except quotes, backslash and angle brackets: ids are echoed into logs and exports.
const SUBJECT = /^[\x21\x23-\x26\x28-\x3b\x3d\x3f-\x5b\x5d-\x7e]{1,128}$/;
const TOKEN = /^[A-Za-z0-9._:+/=-]{0,128}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
const REGION = /^([A-Z]{2}(-[A-Z0-9]{1,3})?)?$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;
const METHODS = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'];
const FIELDS: ReadonlySet<string> = new Set(DECISION_RECORD_FIELDS);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_SERVICES = 200;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Checks every field of a submitted record (types, formats, lengths, known categories, no
 * prototype keys) and returns a clean copy holding only known fields. Throws `EvidenceInputError`.
 *
 * @example
 * const input = validateEvidenceInput(JSON.parse(body), { categories: ['necessary', 'analytics'] });
 */
export function validateEvidenceInput(body: unknown, schema: EvidenceSchema = {}): EvidenceInput {
  const issues: EvidenceIssue[] = [];
  const fail = (path: string, message: string) => void issues.push({ path, message });
  if (!isPlainObject(body)) throw new EvidenceInputError([{ path: '', message: 'must be a JSON object' }]);
  for (const key of Object.keys(body)) {
    if (FORBIDDEN_KEYS.has(key)) fail(key, 'forbidden key');
    else if (!FIELDS.has(key)) fail(key, 'unknown field');
  }
  const text = (key: string, pattern: RegExp, what: string, optional = false): string => {
    const value = body[key];
    if (value === undefined && optional) return '';
    if (typeof value !== 'string') return (fail(key, 'must be a string'), '');
    if (!pattern.test(value)) fail(key, `must be ${what}`);
    return value;
  };
  const time = (key: string): string => {
    const value = text(key, ISO_TIME, 'an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SS[.fff]Z or ±HH:MM)');
    if (!ISO_TIME.test(value)) return '';
    if (!isCalendarInstant(value)) return (fail(key, 'must be a real calendar date and time'), '');
    return new Date(Date.parse(value)).toISOString();
  };
  const choices = (key: string, allowed: readonly string[] | undefined, limit: number): Record<string, boolean> => {
    const value = body[key];
    const clean: Record<string, boolean> = {};
    if (!isPlainObject(value)) return (fail(key, 'must be an object of id → boolean'), clean);
    const ids = Object.keys(value);
    if (ids.length > limit) fail(key, `at most ${limit} entries`);
    for (const id of ids.slice(0, limit)) {
      if (FORBIDDEN_KEYS.has(id)) fail(`${key}.${id}`, 'forbidden key');
      else if (allowed ? !allowed.includes(id) : !ID_LIKE.test(id))
        fail(`${key}.${id.slice(0, 64)}`, allowed ? `unknown ${key === 'categories' ? 'category' : 'service'}` : 'malformed id');
      else if (typeof value[id] !== 'boolean') fail(`${key}.${id}`, 'must be true or false');
      else clean[id] = value[id] as boolean;
    }
    return clean;
  };

  const categoryIds = schema.categories ?? DEFAULT_LEDGER_CATEGORIES;
  const input: EvidenceInput = {
    recordId: text('recordId', ID, '8–64 characters of A–Z, a–z, 0–9, _ or -'),
    consentId: text('consentId', ID, '8–64 characters of A–Z, a–z, 0–9, _ or -'),
    revision: text('revision', /^[\x20-\x7e]{1,64}$/, '1–64 printable characters'),
    categories: choices('categories', categoryIds, categoryIds.length),
    services: body.services === undefined ? {} : choices('services', schema.services, MAX_SERVICES),
    method: text('method', /^[a-z-]{1,16}$/, 'a consent method') as EvidenceInput['method'],
    locale: text('locale', LOCALE, 'a BCP 47 language tag'),
    region: text('region', REGION, "an ISO 3166 code or ''"),
    regime: text('regime', /^opt-(in|out)$/, "'opt-in' or 'opt-out'") as EvidenceInput['regime'],
    gpc: body.gpc === true,
    textHash: text('textHash', TOKEN, 'at most 128 hash characters'),
    updatedAt: time('updatedAt'),
    expiresAt: time('expiresAt'),
  };
  if (typeof body.gpc !== 'boolean') fail('gpc', 'must be true or false');
  if (input.method && !METHODS.includes(input.method)) fail('method', `must be one of ${METHODS.join(', ')}`);
  if (input.categories.necessary === false) fail('categories.necessary', 'necessary cannot be refused');
  if (body.subjectId !== undefined) input.subjectId = text('subjectId', SUBJECT, '1–128 printable characters without quotes or angle brackets');
  if (body.sdkVersion !== undefined) input.sdkVersion = text('sdkVersion', /^[A-Za-z0-9.+-]{1,32}$/, 'a version string');
  if (input.updatedAt && input.expiresAt && Date.parse(input.expiresAt) < Date.parse(input.updatedAt)) fail('expiresAt', 'must not be before updatedAt');
  if (issues.length) throw new EvidenceInputError(issues);
  return input;
}

const ID_LIKE = /^[A-Za-z0-9_.:-]{1,64}$/;

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * Whether a string of the `ISO_TIME` shape names a real instant: `Date.parse` rolls
 * `2026-02-30` over to 2 March and takes `24:00`, which evidence must not silently rewrite.
 *
 * @example
 * isCalendarInstant('2026-02-28T23:59:59Z'); // true
 * isCalendarInstant('2026-02-30T00:00:00Z'); // false
 */
export function isCalendarInstant(value: string): boolean {
  const parts = ISO_TIME.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetHours = Number(parts[8] ?? 0);
  const offsetMinutes = Number(parts[9] ?? 0);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59 &&
    !Number.isNaN(Date.parse(value))
  );
}
