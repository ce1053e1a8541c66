import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatCount, formatDateTime, formatDay, formatShare, todayUtc } from './format.js';

describe('format', () => {
  it('writes times and days in UTC', () => {
    expect(formatDateTime('2026-11-30T17:45:12.000Z')).toBe('30 Nov 2026, 17:45:12 UTC');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDay('2026-11-01')).toBe('1 Nov 2026');
    expect(todayUtc(new Date('2026-11-30T23:59:59Z'))).toBe('2026-11-30');
  });

  it('counts and shares', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatShare(1, 3)).toBe('33.3%');
    expect(formatShare(0, 0)).toBe('—');
  });

  it('steps UTC days, across months and leap days', () => {
    expect(addDays('2026-11-30', -29)).toBe('2026-11-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(30);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(365);
  });
});
