import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from './labels.js';
import { sampleReport } from './sample-report.test-helper.js';
import {
  type CookieObservation,
  type DeclaredService,
  FINDING_KINDS,
  type Finding,
  type FindingSubject,
  type FrameObservation,
  type GatedElementObservation,
  type PageAssent,
  type PageResult,
  PASS_NAMES,
  type PassResult,
  type ProposedService,
  REPORT_SCHEMA_VERSION,
  type RequestObservation,
  type ScanReport,
  type ScanSummary,
  type Screenshot,
  type ServiceMatch,
  type StorageObservation,
} from './types.js';

interface SchemaNode {
  [key: string]: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  items?: SchemaNode;
}

const schema = JSON.parse(readFileSync(new URL('../../schema/scan-report.v1.schema.json', import.meta.url), 'utf8')) as SchemaNode & {
  $defs: Record<string, SchemaNode>;
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date-time', (text: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)));
const validate = ajv.compile<ScanReport>(schema);

const errorsOf = (value: unknown): string => (validate(value) ? '' : ajv.errorsText(validate.errors));
const mutated = (change: (report: Record<string, unknown> & ScanReport) => void): unknown => {
  const report = sampleReport() as Record<string, unknown> & ScanReport;
  change(report);
  return JSON.parse(JSON.stringify(report));
};

// Every field of every type, written as a record over `keyof`: the compiler fails when a field is
// added to or removed from types.ts without this list, and the test then fails until the schema
// follows.
const FIELDS = {
  ScanReport: {
    schemaVersion: 1,
    tool: 1,
    startUrl: 1,
    startedAt: 1,
    finishedAt: 1,
    browser: 1,
    options: 1,
    summary: 1,
    findings: 1,
    pages: 1,
    proposedServices: 1,
    screenshot: 0,
  } satisfies Record<keyof ScanReport, 0 | 1>,
  CookieObservation: {
    name: 1,
    domain: 1,
    path: 1,
    expires: 1,
    httpOnly: 1,
    secure: 1,
    sameSite: 1,
    setBy: 1,
    setByUrl: 0,
    thirdParty: 1,
  } satisfies Record<keyof CookieObservation, 0 | 1>,
  StorageObservation: { area: 1, origin: 1, name: 1 } satisfies Record<keyof StorageObservation, 0 | 1>,
  RequestObservation: { url: 1, host: 1, resourceType: 1, frameUrl: 1 } satisfies Record<keyof RequestObservation, 0 | 1>,
  FrameObservation: { url: 1, host: 1, thirdParty: 1 } satisfies Record<keyof FrameObservation, 0 | 1>,
  GatedElementObservation: { tag: 1, consent: 1, service: 0, src: 0, ran: 1 } satisfies Record<keyof GatedElementObservation, 0 | 1>,
  DeclaredService: { id: 1, name: 1, category: 1, cookies: 1, localStorage: 1, hosts: 1 } satisfies Record<keyof DeclaredService, 0 | 1>,
  PageAssent: { cookieName: 1, regime: 1, categories: 1, services: 1 } satisfies Record<keyof PageAssent, 0 | 1>,
  PassResult: { pass: 1, url: 1, cookies: 1, storage: 1, requests: 1, frames: 1, gated: 1, granted: 0, errors: 1 } satisfies Record<keyof PassResult, 0 | 1>,
  PageResult: { url: 1, assent: 0, passes: 1 } satisfies Record<keyof PageResult, 0 | 1>,
  FindingSubject: { type: 1, name: 1 } satisfies Record<keyof FindingSubject, 0 | 1>,
  ServiceMatch: { id: 1, name: 1, category: 1, source: 1 } satisfies Record<keyof ServiceMatch, 0 | 1>,
  Finding: {
    kind: 1,
    severity: 1,
    page: 1,
    pass: 1,
    subject: 1,
    service: 0,
    evidence: 0,
    message: 1,
    fix: 1,
  } satisfies Record<keyof Finding, 0 | 1>,
  Screenshot: { page: 1, pass: 1, mediaType: 1, base64: 1 } satisfies Record<keyof Screenshot, 0 | 1>,
  ProposedService: {
    id: 1,
    category: 1,
    name: 1,
    provider: 1,
    purpose: 1,
    privacyPolicyUrl: 1,
    cookies: 0,
    localStorage: 0,
    hosts: 0,
    source: 1,
    seen: 1,
  } satisfies Record<keyof ProposedService, 0 | 1>,
  ScanSummary: { verdict: 1, pages: 1, assentPages: 1, errors: 1, warnings: 1, notices: 1, byKind: 1 } satisfies Record<keyof ScanSummary, 0 | 1>,
};

/** Every subschema of the document, with its JSON pointer. */
function* walk(node: unknown, pointer = '#'): Generator<[string, SchemaNode]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* walk(item, `${pointer}/${index}`);
    return;
  }
  yield [pointer, node as SchemaNode];
  for (const [key, value] of Object.entries(node)) if (key !== 'enum' && key !== 'const') yield* walk(value, `${pointer}/${key}`);
}

describe('schema/scan-report.v1.schema.json', () => {
  it('is a draft 2020-12 schema with an $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://assent.dev/schemas/scan-report.v1.json');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  it('accepts the sample reports as JSON.stringify writes them', () => {
    expect(errorsOf(sampleReport())).toBe('');
    expect(errorsOf(sampleReport({ passing: true, screenshot: false }))).toBe('');
    const report = sampleReport();
    report.findings = [];
    report.proposedServices = [];
    report.summary.byKind = {};
    expect(errorsOf(report)).toBe('');
  });

  it.each([
    ['an unknown finding kind', (r: ScanReport) => Object.assign(r.findings[0]!, { kind: 'cookie-after-consent' })],
    ['a wrong schemaVersion', (r: ScanReport) => Object.assign(r, { schemaVersion: 2 })],
    ['a missing findings', (r: Record<string, unknown>) => delete r.findings],
    ['an unknown top-level field', (r: Record<string, unknown>) => Object.assign(r, { extra: true })],
    ['an unknown pass name', (r: ScanReport) => Object.assign(r.pages[0]!.passes[0]!, { pass: 'after-consent' })],
    ['an unknown severity', (r: ScanReport) => Object.assign(r.findings[0]!, { severity: 'critical' })],
    ['an unknown kind in byKind', (r: ScanReport) => Object.assign(r.summary.byKind, { 'cookie-after-consent': 1 })],
    ['a cookie with its value', (r: ScanReport) => Object.assign(r.pages[0]!.passes[0]!.cookies[0]!, { value: 'GA1.1.123' })],
    ['evidence of no known shape', (r: ScanReport) => Object.assign(r.findings[0]!, { evidence: { name: '_ga' } })],
    ['a screenshot that is not base64', (r: ScanReport) => Object.assign(r.screenshot!, { base64: '"><script>' })],
    ['a start time that is not a time', (r: ScanReport) => Object.assign(r, { startedAt: 'yesterday' })],
    ['a negative count', (r: ScanReport) => Object.assign(r.summary, { errors: -1 })],
    ['another tool', (r: ScanReport) => Object.assign(r, { tool: { name: 'other', version: '1' } })],
  ])('rejects %s', (_name, change) => {
    expect(validate(mutated(change as (report: ScanReport) => void))).toBe(false);
  });

  it('lists exactly FINDING_KINDS, PASS_NAMES and the severities, so it cannot drift from the types', () => {
    expect(schema.$defs.FindingKind!.enum).toEqual([...FINDING_KINDS]);
    expect(schema.$defs.PassName!.enum).toEqual([...PASS_NAMES]);
    expect(schema.$defs.Severity!.enum).toEqual([...SEVERITIES]);
    expect(Object.keys(schema.$defs.ScanSummary!.properties!.byKind!.properties!)).toEqual([...FINDING_KINDS]);
    expect(schema.properties!.schemaVersion!.const).toBe(REPORT_SCHEMA_VERSION);
  });

  it('describes exactly the fields of each type, required where the type requires them', () => {
    for (const [name, fields] of Object.entries(FIELDS)) {
      const node = name === 'ScanReport' ? schema : schema.$defs[name];
      expect(node, name).toBeDefined();
      expect(Object.keys(node!.properties!).sort(), name).toEqual(Object.keys(fields).sort());
      const required = Object.entries(fields)
        .filter(([, isRequired]) => isRequired === 1)
        .map(([field]) => field);
      expect([...node!.required!].sort(), name).toEqual(required.sort());
    }
  });

  it('closes every object and describes every property', () => {
    let objects = 0;
    for (const [pointer, node] of walk(schema)) {
      if (!node.properties) continue;
      objects++;
      expect(node.additionalProperties, pointer).toBe(false);
      expect(node.description, pointer).toEqual(expect.any(String));
      for (const [key, property] of Object.entries(node.properties)) expect(property.description, `${pointer}/properties/${key}`).toEqual(expect.any(String));
    }
    expect(objects).toBeGreaterThan(15);
  });
});
