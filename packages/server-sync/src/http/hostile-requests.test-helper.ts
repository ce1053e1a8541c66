// Test fixture: fast-check arbitraries for raw HTTP/1.1 requests against the ledger — valid
// decisions mixed with malformed methods, targets, Host headers, keys, lengths and bodies.
import { DECISION_RECORD_FIELDS } from '@assent/core/cookie';
import fc from 'fast-check';
import { decisionInput } from '../storage/stores.test-helper.js';

/** One request in wire format, and what the fuzz test needs to know about it. */
export interface HostileRequest {
  bytes: Buffer;
  /** A HEAD request: its answer is headers only. */
  head: boolean;
}

/** Keys the fuzzed server accepts: one with every scope, one read-only. */
export const FUZZ_KEYS = { full: 'k_fuzz_full_0123456789', read: 'k_fuzz_read_0123456789' };

const CONSENT_IDS = ['fuzz-consent-01', 'fuzz-consent-02', 'fuzz-consent-03', 'consent-0001'];
const SUBJECT_IDS = ['user-1', 'user-2', 'victim-7'];
const odd = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const idLike = fc.oneof(
  fc.constantFrom(...CONSENT_IDS, ...SUBJECT_IDS),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('%00', '%ff%fe', '%2e%2e', '..', '.', '%', '%zz', 'a%2Fb', "x'--", '<x>', ''),
);

const target = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('/healthz', '/.well-known/gpc.json', '/v1/consents', '/v1/consents', '/v1', '/', '*', '/v1/consents/', '//v1/consents'),
  },
  { weight: 3, arbitrary: idLike.map((id) => `/v1/consents/${id}`) },
  { weight: 3, arbitrary: idLike.map((id) => `/v1/consents/${id}/records`) },
  { weight: 3, arbitrary: idLike.map((id) => `/v1/subjects/${id}`) },
  fc
    .array(
      fc.constantFrom('v1', 'consents', 'subjects', 'records', '..', '.', '%2e%2e', '.%2E', 'user-1', 'fuzz-consent-01', '\\', '', '%00', '?', '#', ';x', '@'),
      { maxLength: 8 },
    )
    .map((parts) => '/' + parts.join('/')),
  fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'HTTP://'),
      fc.constantFrom('ledger.example', 'x@y', '', '[::1]', 'a b'),
      fc.constantFrom('/v1/consents/fuzz-consent-01', '/v1/subjects/user-1', '', '?/v1/subjects/user-1'),
    )
    .map((parts) => parts.join('')),
  odd(60),
  fc.constant('/' + 'a'.repeat(9_000)),
);

const host = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('ledger.example', '127.0.0.1:8787', '[::1]:8787') },
  { weight: 3, arbitrary: fc.constantFrom('a b', '[::1', 'x:99999', '<x>', '', 'x/v1/subjects/user-1?', 'user@x', '999.1.1.1', 'x:0x50', '[::1]x') },
  { weight: 1, arbitrary: odd(30) },
);

const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('GET', 'POST', 'DELETE', 'OPTIONS', 'HEAD') },
  { weight: 2, arbitrary: fc.constantFrom('PUT', 'PATCH', 'get', 'TRACE', 'CONNECT', 'M-SEARCH', 'PROPFIND') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z!#$%&'*+.^_`|~-]{1,12}$/) },
);

const validDecision = fc
  .record({
    consentId: fc.constantFrom(...CONSENT_IDS),
    recordId: fc.oneof(
      { weight: 9, arbitrary: fc.uuid().map((id) => `fz-${id}`) },
      { weight: 1, arbitrary: fc.constantFrom('fz-replayed-0001', 'fz-replayed-0002') },
    ),
    subjectId: fc.option(fc.constantFrom(...SUBJECT_IDS), { nil: undefined }),
    method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'),
    analytics: fc.boolean(),
    advertising: fc.boolean(),
  })
  .map(({ analytics, advertising, ...fields }) => decisionInput({ ...fields, categories: { necessary: true, functional: false, analytics, advertising } }));

// A valid decision with one field replaced, removed or added: the schema's edges.
const mutatedDecision = fc
  .tuple(
    validDecision,
    // Every field of the record, and keys no record may have.
    fc.constantFrom(...DECISION_RECORD_FIELDS, '__proto__', 'constructor', 'extra'),
    fc.option(fc.jsonValue({ maxDepth: 3 })),
  )
  .map(([decision, key, value]) => {
    const { [key]: _dropped, ...rest } = decision;
    const base = JSON.stringify(rest);
    // Written as text so that "__proto__" arrives as a key, as a hostile client would send it.
    return value === null ? base : `{${JSON.stringify(key)}:${JSON.stringify(value)},${base.slice(1)}`;
  });

const body = fc.oneof(
  { weight: 4, arbitrary: validDecision.map((decision) => Buffer.from(JSON.stringify(decision))) },
  { weight: 4, arbitrary: mutatedDecision.map((text) => Buffer.from(text)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null')) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Buffer.from([0x7b, 0xff, 0x7d]),
      Buffer.from('['.repeat(5_000) + ']'.repeat(5_000)),
      Buffer.from(`{"locale":"${'x'.repeat(20_000)}"}`),
      Buffer.from('{"__proto__":{"admin":true}}'),
      Buffer.from(''),
      Buffer.from('\ufeff{}'),
      Buffer.alloc(70_000, 0x61),
    ),
  },
);

type Length = 'exact' | 'chunked' | 'none' | 'less' | 'more' | 'garbage';
const length = fc.oneof(
  { weight: 40, arbitrary: fc.constant<Length>('exact') },
  { weight: 4, arbitrary: fc.constantFrom<Length>('chunked', 'none', 'less', 'garbage') },
  { weight: 1, arbitrary: fc.constant<Length>('more') },
);

const chunked = (bytes: Buffer) => Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n0\r\n\r\n')]);

// Mostly plausible values; now and then arbitrary bytes (which node's parser mostly refuses).
const optionalHeader = (name: string, values: fc.Arbitrary<string>) =>
  fc.option(
    fc.oneof({ weight: 6, arbitrary: values }, { weight: 1, arbitrary: odd(20) }).map((value): [string, string] => [name, value]),
    { nil: undefined },
  );

const headers = fc.tuple(
  optionalHeader(
    'Authorization',
    fc.constantFrom(`Bearer ${FUZZ_KEYS.full}`, `Bearer ${FUZZ_KEYS.read}`, 'Bearer', `bearer ${FUZZ_KEYS.full}`, `Bearer ${FUZZ_KEYS.full} x`, 'Basic eDp5'),
  ),
  optionalHeader(
    'Content-Type',
    fc.constantFrom(
      'application/json',
      'text/plain;charset=UTF-8',
      'APPLICATION/JSON; charset=utf-8',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
    ),
  ),
  optionalHeader('Origin', fc.constantFrom('https://shop.example', 'null', 'https://evil.example', 'http://ledger.example')),
  optionalHeader('X-Forwarded-For', fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('1.2.3.4, 10.0.0.1', 'unknown', ''))),
  fc.array(
    fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 1, arbitrary: odd(40) })),
    { maxLength: 2 },
  ),
);

type Parts = {
  method: string;
  target: string;
  host: string | undefined;
  twoHosts: boolean;
  headers: [...Array<[string, string] | undefined>, Array<[string, string]>];
  body: Buffer;
  length: Length;
};

function wire({ method, target, host, twoHosts, headers, body, length }: Parts): HostileRequest {
  const extra = headers.at(-1) as Array<[string, string]>;
  const lines: Array<[string, string]> = [];
  if (host !== undefined) lines.push(['Host', host]);
  if (host !== undefined && twoHosts) lines.push(['Host', 'other.example']);
  for (const header of [...(headers.slice(0, -1) as Array<[string, string] | undefined>), ...extra]) if (header) lines.push(header);
  let payload = body;
  if (length === 'exact') lines.push(['Content-Length', String(body.length)]);
  if (length === 'less') lines.push(['Content-Length', String(Math.floor(body.length / 2))]);
  if (length === 'more') lines.push(['Content-Length', String(body.length + 5)]);
  if (length === 'garbage') lines.push(['Content-Length', ['-1', 'abc', '1e3', '0x10', '99999999999999999999', '1, 2'][body.length % 6]!]);
  if (length === 'chunked') {
    lines.push(['Transfer-Encoding', 'chunked']);
    payload = chunked(body);
  }
  if (length === 'none') payload = Buffer.alloc(0);
  const head = `${method} ${target} HTTP/1.1\r\n${lines.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
  return described({ bytes: Buffer.concat([Buffer.from(head, 'utf8'), payload]), head: method === 'HEAD' });
}

// A counterexample prints as the start of the request it sent, not as thousands of byte values.
const described = (request: HostileRequest): HostileRequest =>
  Object.assign(request, { [fc.toStringMethod]: () => JSON.stringify(request.bytes.subarray(0, 400).toString('latin1')) });

const twoHosts = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);

/** Any request: mostly well-formed HTTP around a hostile or valid body, sometimes broken HTTP. */
export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.oneof(
  fc.record({ method, target, host: fc.option(host, { nil: undefined }), twoHosts, headers, body, length }).map(wire),
  // Aimed at the write path: a sound request line and Host, so the body and headers reach validation.
  fc
    .record({
      method: fc.constant('POST'),
      target: fc.constant('/v1/consents'),
      host: fc.constant('ledger.example'),
      twoHosts: fc.constant(false),
      headers,
      body,
      length,
    })
    .map(wire),
);

/** A valid decision sent as the outbox sends it: these must all be acknowledged and readable. */
export const validPost: fc.Arbitrary<HostileRequest> = validDecision.map((decision) => {
  const text = JSON.stringify(decision);
  const head = `POST /v1/consents HTTP/1.1\r\nHost: ledger.example\r\nContent-Type: text/plain;charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n`;
  return described({ bytes: Buffer.from(head + text), head: false });
});
