import type { ConsentCookieOptions, ConsentOptions, ResolvedConfig, ServiceDefinition } from './types.js';
import { DEFAULT_CATEGORIES, DEFAULT_COOKIE_NAME, DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, NECESSARY } from './defaults.js';
import { regimeForRegion } from '../regions/index.js';
import { ID as ID_PATTERN, LOCALE, REGION, isSafeUrl, whole } from './patterns.js';

/** One problem found in a configuration: where it is and how to fix it. */
export interface ConfigIssue {
  field: string;
  message: string;
}

/**
 * Thrown by `createConsent()` for a malformed configuration. `issues` lists every problem found;
 * the message names each field and the fix.
 *
 * @example
 * try { createConsent({ expiresAfterDays: 400 }); }
 * catch (e) { if (e instanceof ConsentConfigError) console.log(e.issues[0].field); } // 'expiresAfterDays'
 */
export class ConsentConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super('Invalid Assent config:' + issues.map((i) => `\n- ${i.field}: ${i.message}`).join(''));
    this.name = 'ConsentConfigError';
    this.issues = issues;
  }
}

// A rule is a test and the fix the error message suggests. Kept terse: this ships to every page.
// The tests take `any`: each checks a config value of unknown type and may be typed for the kind
// it accepts (a function of `string` is no function of `unknown`).
// biome-ignore lint/suspicious/noExplicitAny: see above
type Rule = [test: (value: any) => unknown, fix: string];

// biome-ignore lint/suspicious/noExplicitAny: an object whose fields the rules then check
const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const matches = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value);
// biome-ignore lint/suspicious/noExplicitAny: as Rule's tests
const isArrayOf = (test: (value: any) => unknown) => (value: unknown) => Array.isArray(value) && value.every(test);
const BOOLEAN: Rule = [(value) => typeof value === 'boolean', 'use true or false'];
const FUNCTION: Rule = [(value) => typeof value === 'function', 'use a function'];
const OBJECT: Rule = [isObject, 'use an object'];
const TEXT: Rule = [isText, 'use a non-empty string'];
const ID: Rule = [matches(whole(ID_PATTERN)), 'use 2–32 of a–z, 0–9, "-" (letter first)'];
const URL_FIX = 'use an http(s) or relative URL';
// The cookie holds one flag per service and the ids of granted categories: these caps keep it
// well under the length the codec accepts (MAX_COOKIE_LENGTH).
const MAX_CATEGORIES = 32;
const MAX_SERVICES = 256;

// Keys double as the list of known options.
const OPTION_RULES: Record<string, Rule> = {
  categories: [
    (value) => isArrayOf((entry) => ID[0](entry?.id ?? entry))(value) && value.length <= MAX_CATEGORIES,
    `use an array of at most ${MAX_CATEGORIES} category ids`,
  ],
  services: [(value) => isArrayOf(isObject)(value) && value.length <= MAX_SERVICES, `use an array of at most ${MAX_SERVICES} service objects`],
  revision: [(value) => (isText(value) && value.length < 33) || Number.isFinite(value), 'use a number or 1–32 characters'],
  expiresAfterDays: [(value) => Number.isInteger(value) && value > 0 && value <= MAX_EXPIRY_DAYS, `use whole days, 1–${MAX_EXPIRY_DAYS} (13 months)`],
  cookie: OBJECT,
  regime: [(value) => value === 'opt-in' || value === 'opt-out', 'use "opt-in" or "opt-out"'],
  region: [matches(whole(REGION, 'i')), 'use an ISO 3166 code, e.g. "DE" or "US-CA"'],
  locale: [matches(whole(LOCALE)), 'use a BCP 47 tag, e.g. "pt-BR"'],
  gpc: BOOLEAN,
  storage: OBJECT,
  sync: [(value) => value === false || typeof value?.post === 'function', 'use false or a SyncChannel'],
  now: FUNCTION,
  onError: FUNCTION,
};

const COOKIE_RULES: Record<string, Rule> = {
  name: [matches(/^[\w-]{1,64}$/), 'use letters, digits, "_" or "-"'],
  domain: [matches(/^\.?[a-z0-9.-]+$/i), 'use a host name, e.g. "example.com"'],
  path: [matches(/^\//), 'start with "/"'],
  sameSite: [(value) => /^(Lax|Strict|None)$/.test(value), 'use "Lax", "Strict" or "None"'],
  secure: BOOLEAN,
};

const SERVICE_RULES: Record<string, Rule> = {
  id: ID,
  name: TEXT,
  provider: TEXT,
  purpose: TEXT,
  privacyPolicyUrl: [isSafeUrl, URL_FIX],
  cookies: [isArrayOf((cookie) => isText(cookie?.name) && isText(cookie.retention)), 'use an array of { name, retention }'],
  localStorage: [isArrayOf(isText), 'use an array of key names'],
};
const OPTIONAL_SERVICE_FIELDS = ['cookies', 'localStorage'];

/**
 * Checks URLs a site gives besides the store's options (the banner's privacy notice link, a ledger
 * endpoint): each must be `http:`/`https:` or relative. Throws one `ConsentConfigError` naming
 * every other one; `undefined` fields are left out.
 *
 * @example
 * assertSafeUrls({ privacyPolicyUrl: 'javascript:alert(1)' }); // throws: privacyPolicyUrl: use an http(s) or relative URL
 */
export function assertSafeUrls(urls: Record<string, unknown>): void {
  const issues: ConfigIssue[] = [];
  for (const field in urls) if (urls[field] !== undefined && !isSafeUrl(urls[field])) issues.push({ field, message: URL_FIX });
  if (issues.length) throw new ConsentConfigError(issues);
}

/**
 * Validates options and applies defaults. Throws one `ConsentConfigError` listing every mistake.
 *
 * @example
 * resolveOptions({ region: 'US-CA' }).regime; // 'opt-out'
 */
export function resolveOptions(input: ConsentOptions = {}, environment: { gpc?: boolean; locale?: string; https?: boolean } = {}): ResolvedConfig {
  const issues: ConfigIssue[] = [];
  const fail = (field: string, message: string) => issues.push({ field, message });
  // biome-ignore lint/suspicious/noExplicitAny: the config object the rules check field by field
  const check = (rules: Record<string, Rule>, object: any, prefix: string, optional: (key: string) => boolean) => {
    for (const key in rules) if (!(optional(key) && object[key] === undefined) && !rules[key]![0](object[key])) fail(prefix + key, rules[key]![1]);
  };
  if (!isObject(input)) throw new ConsentConfigError([{ field: 'options', message: OBJECT[1] }]);
  for (const key in input) if (!OPTION_RULES[key]) fail(key, `unknown option; use ${Object.keys(OPTION_RULES)}`);
  check(OPTION_RULES, input, '', () => true);
  const options: ConsentOptions = input;
  const cookie: ConsentCookieOptions = isObject(options.cookie) ? options.cookie : {};
  check(COOKIE_RULES, cookie, 'cookie.', () => true);
  const secure = cookie.secure ?? environment.https ?? false;
  if (cookie.sameSite === 'None' && !secure) fail('cookie.sameSite', '"None" needs secure: true');

  const categories = [NECESSARY];
  const owners: Record<string, string> = {};
  const claim = (id: string, category: string, field: string) => (owners[id] ? fail(field, `"${id}" is taken; use a unique id`) : (owners[id] = category));
  // Lists whose own shape is wrong were reported above; their entries are not looked into.
  const valid = (key: string) => !issues.some((issue) => issue.field === key);
  ((valid('categories') && options.categories) || DEFAULT_CATEGORIES).forEach((entry, index) => {
    const id = typeof entry === 'string' ? entry : entry.id;
    if (id !== NECESSARY) claim(id, id, `categories[${index}]`) && categories.push(id);
  });
  owners[NECESSARY] = NECESSARY;
  const services: readonly ServiceDefinition[] = (valid('services') && options.services) || [];
  services.forEach((service, index) => {
    const at = `services[${index}].`;
    check(SERVICE_RULES, service, at, (key) => OPTIONAL_SERVICE_FIELDS.includes(key));
    if (!categories.includes(service.category)) fail(at + 'category', `use one of ${categories}, or add it to categories`);
    claim(service.id, service.category, at + 'id');
  });

  if (issues.length) throw new ConsentConfigError(issues);
  const region = (options.region ?? '').toUpperCase();
  return {
    categories,
    owners,
    services,
    revision: String(options.revision ?? '1'),
    expiresAfterDays: options.expiresAfterDays ?? DEFAULT_EXPIRY_DAYS,
    cookie: { name: cookie.name ?? DEFAULT_COOKIE_NAME, domain: cookie.domain, path: cookie.path ?? '/', sameSite: cookie.sameSite ?? 'Lax', secure },
    regime: options.regime ?? regimeForRegion(region),
    region,
    locale: options.locale ?? environment.locale ?? 'en',
    gpc: options.gpc ?? environment.gpc ?? false,
  };
}
