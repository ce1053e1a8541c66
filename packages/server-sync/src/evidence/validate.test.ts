import { describe, expect, it } from 'vitest';
import { decisionInput } from '../storage/stores.test-helper.js';
import { EvidenceInputError, validateEvidenceInput } from './validate.js';

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
    expect(issuesOf(decisionInput({ method: 'sneaky', regime: 'maybe', region: 'germany', updatedAt: 'yesterday', extra: 1 })).map((issue) => issue.path).sort())
      .toEqual(['extra', 'method', 'regime', 'region', 'updatedAt']);
  });

  it('refuses refused necessary, expiry before the decision, and unknown services when services are configured', () => {
    expect(issuesOf(decisionInput({ categories: { necessary: false } }))).toEqual([{ path: 'categories.necessary', message: 'necessary cannot be refused' }]);
    expect(issuesOf(decisionInput({ expiresAt: '2025-01-01T00:00:00.000Z' }))[0]?.path).toBe('expiresAt');
    expect(issuesOf(decisionInput({ services: { matomo: true, tracker: true } }), { services: ['matomo'] })).toEqual([{ path: 'services.tracker', message: 'unknown service' }]);
    expect(issuesOf(decisionInput({ categories: { necessary: true, 'support-chat': true } }), { categories: ['necessary', 'support-chat'] })).toEqual([]);
  });

  it('refuses prototype keys even where ids are free-form', () => {
    const body = JSON.parse(JSON.stringify(decisionInput()).replace('"services":{}', '"services":{"constructor":true}'));
    expect(issuesOf(body)).toEqual([{ path: 'services.constructor', message: 'forbidden key' }]);
    expect(issuesOf(Object.create({ polluted: true }))).toEqual([{ path: '', message: 'must be a JSON object' }]);
  });
});
