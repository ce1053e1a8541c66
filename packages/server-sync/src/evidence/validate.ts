import type { EvidenceInput, GppEvidence, NoticeReference, TcfEvidence } from './types.js';
import { TCString } from '@iabtechlabtcf/core';
import { gppEvidenceIssues } from './gpp-evidence.js';
import { DECISION_RECORD_FIELDS, DEFAULT_CATEGORIES, MAX_EXPIRY_DAYS } from '@assent/core/cookie';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { decisionRecordSchema, EVIDENCE_PATTERNS, FORBIDDEN_KEYS } from './schema.js';

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

const FIELDS: ReadonlySet<string> = new Set([...DECISION_RECORD_FIELDS, 'notice', 'tcf', 'gpp']);
const FORBIDDEN: ReadonlySet<string> = new Set(FORBIDDEN_KEYS);
const ISO_TIME = new RegExp(EVIDENCE_PATTERNS.instant);
const NOUNS: Record<string, string> = { categories: 'category', services: 'service' };
// One ajv for every schema: `date-time` is the calendar check below, not ajv's looser RFC 3339 one.
const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, formats: { 'date-time': (value: string) => isCalendarInstant(value) } });
// Compiled once per distinct set of ids: a ledger has one; `validateEvidenceInput` callers may pass fresh objects.
const compiled = new Map<string, ValidateFunction>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The validator for one set of category and service ids: compiled from `decisionRecordSchema`,
 * cached, and returning a clean copy of a valid record. Throws `EvidenceInputError`. `now` is the
 * clock a TC string's creation time is checked against (default the real one).
 *
 * @example
 * const validate = evidenceValidator({ categories: ['necessary', 'analytics'] });
 * const input = validate(JSON.parse(body));
 */
export function evidenceValidator(schema: EvidenceSchema = {}, now: () => number = Date.now): (body: unknown) => EvidenceInput {
  const key = JSON.stringify([schema.categories ?? null, schema.services ?? null]);
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(decisionRecordSchema(schema))));
  const check = validate;
  return (body) => {
    // JSON has no class instances and no `undefined`: both can only come from in-process callers.
    if (!isPlainObject(body)) throw new EvidenceInputError([{ path: '', message: 'must be a JSON object' }]);
    for (const field of ['categories', 'services'])
      if (isClassInstance(body[field])) throw new EvidenceInputError([{ path: field, message: 'must be an object of id → boolean' }]);
    const record = withoutUndefined(body);
    // A refused property name is reported twice by ajv: by the keyword that refused it, then as `propertyNames`.
    const issues = check(record) ? [] : (check.errors ?? []).filter((error) => error.keyword !== 'propertyNames').map(issueOf);
    const timesValid =
      typeof record.updatedAt === 'string' && typeof record.expiresAt === 'string' && !issues.some(({ path }) => path === 'updatedAt' || path === 'expiresAt');
    if (timesValid && Date.parse(record.expiresAt as string) < Date.parse(record.updatedAt as string))
      issues.push({ path: 'expiresAt', message: 'must not be before updatedAt' });
    const tcStringIssue =
      !issues.some(({ path }) => path.startsWith('tcf')) && isPlainObject(record.tcf) && tcStringProblem((record.tcf as { tcString: string }).tcString, now());
    if (tcStringIssue) issues.push({ path: 'tcf.tcString', message: tcStringIssue });
    if (!issues.some(({ path }) => path.startsWith('gpp')) && isPlainObject(record.gpp))
      issues.push(...gppEvidenceIssues(record.gpp as unknown as GppEvidence));
    if (issues.length) throw new EvidenceInputError(firstPerPath(issues));
    return cleanCopy(record);
  };
}

/**
 * Checks every field of a submitted record against `decisionRecordSchema` (types, formats,
 * lengths, known categories, no prototype keys) and returns a clean copy holding only known
 * fields, times in UTC. Throws `EvidenceInputError`.
 *
 * @example
 * const input = validateEvidenceInput(JSON.parse(body), { categories: ['necessary', 'analytics'] });
 */
export function validateEvidenceInput(body: unknown, schema: EvidenceSchema = {}): EvidenceInput {
  return evidenceValidator(schema)(body);
}

/**
 * A validator for any of the ledger's other request schemas (a text snapshot, say), compiled
 * once by the same ajv as the records: the issues of a body, by field, in the same words as
 * `EvidenceInputError`'s; none when it is valid.
 *
 * @example
 * const issuesOf = schemaIssues(textSnapshotSchema);
 * issuesOf({ locale: 'en' }); // [{ path: 'textHash', message: 'is required' }, …]
 */
export function schemaIssues(schema: object): (body: unknown) => EvidenceIssue[] {
  const check = ajv.compile(schema);
  return (body) => (check(body) ? [] : firstPerPath((check.errors ?? []).filter((error) => error.keyword !== 'propertyNames').map(issueOf)));
}

// The first six bits of a TCF v2 Core segment are its version, 2: base64url `C`. Every other
// segment starts with a 3-bit segment type (1 DisclosedVendors `I…`, 3 PublisherTC `Y…`).
const CORE_V2_FIRST_CHARACTER = 'C';
// A TC string's `created` comes from the browser's clock, which can be days or weeks ahead: the
// whole record is refused with it, so only a date beyond any plausible skew is refused.
const CREATED_LEEWAY_DAYS = 31;

/**
 * What is wrong with a TC string as TCF evidence, or `undefined` when it is one. Decoded by the IAB
 * Tech Lab's own library, not a home-made one; that library also decodes a lone DisclosedVendors
 * or PublisherTC segment, filling the Core fields with defaults, so the Core segment is checked
 * here: it comes first, is version 2, names a registered CMP (ids 0 and 1 are not) and a creation
 * time that is a real date, not further in the future than clock skew explains.
 */
function tcStringProblem(tcString: string, now: number): string | undefined {
  if (!tcString.startsWith(CORE_V2_FIRST_CHARACTER))
    return 'must be a TC string that starts with a TCF v2 Core segment (its first character is C; a lone DisclosedVendors or PublisherTC segment is not a TC string)';
  let model: ReturnType<typeof TCString.decode>;
  try {
    model = TCString.decode(tcString);
  } catch {
    return 'must be a TC string the IAB TCF library decodes';
  }
  if (model.version !== 2) return 'must be a TC string whose Core segment is version 2';
  if (!(typeof model.cmpId === 'number' && model.cmpId >= 2)) return 'must be a TC string whose Core segment names a CMP id of at least 2';
  const created = model.created instanceof Date ? model.created.getTime() : Number.NaN;
  if (Number.isNaN(created) || created > now + CREATED_LEEWAY_DAYS * 86_400_000)
    return `must be a TC string whose Core segment has a real creation date, at most ${CREATED_LEEWAY_DAYS} days ahead of the server's clock`;
  return undefined;
}

const isClassInstance = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && !isPlainObject(value);

function withoutUndefined(body: Record<string, unknown>): Record<string, unknown> {
  for (const key in body) {
    if (body[key] === undefined && FIELDS.has(key)) {
      const copy = { ...body };
      for (const field of FIELDS) if (copy[field] === undefined) delete copy[field];
      return copy;
    }
  }
  return body;
}

// Ajv names a field by JSON pointer; the API names it by dotted path, as the issues always have.
function issueOf(error: ErrorObject): EvidenceIssue {
  const pointer = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const name = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (error.keyword === 'additionalProperties') pointer.push(String(error.params.additionalProperty));
  if (error.keyword === 'required') pointer.push(String(error.params.missingProperty));
  if (name !== undefined) pointer.push(name.slice(0, 64));
  const path = pointer.join('.');
  const last = pointer.at(-1) ?? '';
  return { path, message: messageOf(error, name, last, pointer[0] ?? '') };
}

function messageOf(error: ErrorObject, name: string | undefined, last: string, field: string): string {
  if (name !== undefined) return FORBIDDEN.has(name) ? 'forbidden key' : error.keyword === 'enum' ? `unknown ${NOUNS[field] ?? 'id'}` : 'malformed id';
  switch (error.keyword) {
    case 'additionalProperties':
      return FORBIDDEN.has(last) ? 'forbidden key' : 'unknown field';
    case 'required':
      return 'is required';
    case 'type':
      return error.params.type === 'boolean'
        ? 'must be true or false'
        : error.params.type === 'object'
          ? objectMessage(error)
          : error.params.type === 'integer'
            ? 'must be an integer'
            : error.params.type === 'array'
              ? `must be ${String(error.parentSchema?.description).split(' — ')[0]}`
              : `must be a ${error.params.type}`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as string[]).join(', ')}`;
    case 'const':
      return String(error.parentSchema?.description ?? error.message);
    case 'maxProperties':
    case 'maxItems':
      return `at most ${error.params.limit} entries`;
    default:
      // A field's description is its expected form, then ` — ` and what it means.
      return `must be ${String(error.parentSchema?.description ?? error.message).split(' — ')[0]}`;
  }
}

// `notice`, `tcf` and `gpp` say which object they must be; the choice maps, which ids they map.
function objectMessage(error: ErrorObject): string {
  const description = String(error.parentSchema?.description ?? '');
  return description.startsWith('an object {') ? `must be ${description.split(' — ')[0]}` : 'must be an object of id → boolean';
}

// One issue per field, the first: a malformed time also fails its format, an unknown id its value.
function firstPerPath(issues: EvidenceIssue[]): EvidenceIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.path) && (seen.add(issue.path), true));
}

// A time the browser sent as `toISOString()` gives it (24 characters, milliseconds, `Z`) is already
// its own UTC form: only other spellings are re-formatted (the common case skips a Date).
const utc = (value: string) =>
  value.length === 24 && value.charCodeAt(23) === 90 /* Z */ && value.charCodeAt(19) === 46 /* . */ ? value : new Date(Date.parse(value)).toISOString();

function cleanCopy(body: Record<string, unknown>): EvidenceInput {
  const input: EvidenceInput = {
    recordId: body.recordId as string,
    consentId: body.consentId as string,
    revision: body.revision as string,
    categories: { ...(body.categories as Record<string, boolean>) },
    services: { ...((body.services ?? {}) as Record<string, boolean>) },
    method: body.method as EvidenceInput['method'],
    locale: body.locale as string,
    region: body.region as string,
    regime: body.regime as EvidenceInput['regime'],
    gpc: body.gpc as boolean,
    textHash: body.textHash as string,
    updatedAt: utc(body.updatedAt as string),
    expiresAt: utc(body.expiresAt as string),
  };
  if (body.subjectId !== undefined) input.subjectId = body.subjectId as string;
  if (body.sdkVersion !== undefined) input.sdkVersion = body.sdkVersion as string;
  if (body.notice !== undefined) {
    const { url, version, hash } = body.notice as NoticeReference;
    input.notice = hash === undefined ? { url, version } : { url, version, hash };
  }
  if (body.tcf !== undefined) {
    const { tcString, addtlConsent } = body.tcf as TcfEvidence;
    input.tcf = addtlConsent === undefined ? { tcString } : { tcString, addtlConsent };
  }
  if (body.gpp !== undefined) {
    const { gppString, applicableSections } = body.gpp as GppEvidence;
    input.gpp = { gppString, applicableSections: [...applicableSections] };
  }
  return input;
}

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

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
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const hour = Number(parts[4]);
  const minute = Number(parts[5]);
  const second = Number(parts[6]);
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
