import { describe, expect, it } from 'vitest';
import { decisionInput } from '../storage/stores.test-helper.js';
import { decisionRecordSchema } from './schema.js';
import { EvidenceInputError, isCalendarInstant, validateEvidenceInput } from './validate.js';

const issuesOf = (body: unknown, schema = {}) => {
  try {
    validateEvidenceInput(body, schema);
  } catch (error) {
    if (error instanceof EvidenceInputError) return error.issues;
    throw error;
  }
  return [];
};

describe('validateEvidenceInput', () => {
  it('returns a clean copy with times normalised to UTC ISO 8601', () => {
    const input = validateEvidenceInput(decisionInput({ updatedAt: '2026-01-01T11:00:00+01:00', subjectId: 'user-42' }));
    expect(input.updatedAt).toBe('2026-01-01T10:00:00.000Z');
    expect(input).toMatchObject({ consentId: 'consent-0001', subjectId: 'user-42', gpc: false });
  });

  it('names every problem by field path', () => {
    expect(
      issuesOf(decisionInput({ method: 'sneaky', regime: 'maybe', region: 'germany', updatedAt: 'yesterday', extra: 1 }))
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(['extra', 'method', 'regime', 'region', 'updatedAt']);
  });

  it('refuses refused necessary, expiry before the decision, and unknown services when services are configured', () => {
    expect(issuesOf(decisionInput({ categories: { necessary: false } }))).toEqual([{ path: 'categories.necessary', message: 'necessary cannot be refused' }]);
    expect(issuesOf(decisionInput({ expiresAt: '2025-01-01T00:00:00.000Z' }))[0]?.path).toBe('expiresAt');
    expect(issuesOf(decisionInput({ services: { matomo: true, tracker: true } }), { services: ['matomo'] })).toEqual([
      { path: 'services.tracker', message: 'unknown service' },
    ]);
    expect(issuesOf(decisionInput({ categories: { necessary: true, 'support-chat': true } }), { categories: ['necessary', 'support-chat'] })).toEqual([]);
  });

  it('keeps any revision a site can configure (accents, spaces), refusing control characters and unpaired surrogates', () => {
    for (const revision of ['2026-11', 'Politique 2026 — été', '隐私政策 v3', 'emoji 🍪']) expect(issuesOf(decisionInput({ revision })), revision).toEqual([]);
    for (const revision of ['', 'tab\there', 'line\nbreak', 'a\ud800b', 'x'.repeat(65)]) {
      expect(
        issuesOf(decisionInput({ revision })).map((issue) => issue.path),
        JSON.stringify(revision),
      ).toEqual(['revision']);
    }
  });

  it('refuses prototype keys even where ids are free-form', () => {
    const body = JSON.parse(JSON.stringify(decisionInput()).replace('"services":{}', '"services":{"constructor":true}'));
    expect(issuesOf(body)).toEqual([{ path: 'services.constructor', message: 'forbidden key' }]);
    expect(issuesOf(Object.create({ polluted: true }))).toEqual([{ path: '', message: 'must be a JSON object' }]);
  });

  it('accepts only real calendar instants: no rolled-over days, hours past 23, leap days in common years', () => {
    const invalid = [
      '2026-02-30T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2100-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:59:60Z',
      '2026-01-01T00:00:00+24:00',
      '2026-01-01T00:00:00+01:60',
      '2026-01-01 00:00:00Z',
      '2026-01-01T00:00:00',
      '+002026-01-01T00:00:00Z',
    ];
    for (const value of invalid) {
      expect(isCalendarInstant(value), value).toBe(false);
      expect(
        issuesOf(decisionInput({ updatedAt: value })).map((issue) => issue.path),
        value,
      ).toEqual(['updatedAt']);
    }
    for (const value of ['2024-02-29T12:00:00Z', '2000-02-29T00:00:00.123456789Z', '2026-12-31T23:59:59-12:00', '2026-06-30T00:00:00+14:00']) {
      expect(isCalendarInstant(value), value).toBe(true);
    }
    expect(validateEvidenceInput(decisionInput({ updatedAt: '2024-02-29T23:30:00-01:00' })).updatedAt).toBe('2024-03-01T00:30:00.000Z');
  });

  it('is driven by decisionRecordSchema: its descriptions are the messages, its required list the missing fields', () => {
    const schema = decisionRecordSchema();
    expect(issuesOf(decisionInput({ locale: 'en_GB!' }))).toEqual([{ path: 'locale', message: `must be ${schema.properties.locale.description}` }]);
    const { revision: _revision, gpc: _gpc, ...partial } = decisionInput();
    expect(issuesOf(partial)).toEqual([
      { path: 'revision', message: 'is required' },
      { path: 'gpc', message: 'is required' },
    ]);
    expect(schema.required).toEqual(expect.arrayContaining(['revision', 'gpc']));
    expect(issuesOf(decisionInput({ services: Object.fromEntries(Array.from({ length: 201 }, (_, index) => [`s${index}`, true])) }))).toEqual([
      { path: 'services', message: 'at most 200 entries' },
    ]);
  });

  it('takes in-process records with optional fields set to undefined, but no class instances', () => {
    expect(validateEvidenceInput(decisionInput({ subjectId: undefined, sdkVersion: undefined }))).not.toHaveProperty('subjectId');
    expect(issuesOf(decisionInput({ categories: new Map([['necessary', true]]) }))).toEqual([
      { path: 'categories', message: 'must be an object of id → boolean' },
    ]);
  });
});
