import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeAdditionalConsent, parseAdditionalConsent } from './ac-string.js';

describe('Additional Consent v2 string', () => {
  it("matches Google's examples", () => {
    expect(encodeAdditionalConsent([1, 35, 41, 101, 9, 21, 81], [101, 41, 35, 1])).toBe('2~1.35.41.101~dv.9.21.81');
    expect(encodeAdditionalConsent([1, 2, 3, 4, 10], [])).toBe('2~~dv.1.2.3.4.10');
    expect(encodeAdditionalConsent([1, 2, 3, 4, 10], [1, 2, 3, 4, 10])).toBe('2~1.2.3.4.10~dv.');
  });

  it('never reports consent to an ATP that was not disclosed', () => {
    expect(encodeAdditionalConsent([89], [89, 2008])).toBe('2~89~dv.');
  });

  it('parses back what it encodes (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (disclosed, picks) => {
        const consented = disclosed.filter((_, index) => picks[index]);
        const parsed = parseAdditionalConsent(encodeAdditionalConsent(disclosed, consented));
        expect(parsed).toEqual({ consented: [...consented].sort((a, b) => a - b), disclosed: [...disclosed].sort((a, b) => a - b) });
      }),
    );
  });

  it('rejects what is not a v2 string', () => {
    for (const bad of ['', '1~1.2', '2~1.2', '2~a~dv.', '2~1~dv.1', '2~1..2~dv.', '2~0~dv.']) expect(parseAdditionalConsent(bad)).toBeUndefined();
  });
});
