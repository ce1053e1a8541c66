// Formatting for people: times in UTC (evidence times are the ledger's UTC clock, and an officer
// compares them with other systems' logs), numbers with grouping, shares with one decimal.

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const timeOnly = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' });
const integer = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * An ISO time as `30 Nov 2026, 17:45:12 UTC`; `—` for none.
 *
 * @example
 * formatDateTime('2026-11-30T17:45:12.000Z'); // '30 Nov 2026, 17:45:12 UTC'
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : `${dateTime.format(time)} UTC`;
}

/**
 * A UTC day (`YYYY-MM-DD` or ISO time) as `30 Nov 2026`.
 *
 * @example
 * formatDay('2026-11-30'); // '30 Nov 2026'
 */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const time = new Date(day.length === 10 ? `${day}T00:00:00Z` : day);
  return Number.isNaN(time.getTime()) ? day : dateOnly.format(time);
}

/**
 * The time of day in UTC, `17:45 UTC`.
 *
 * @example
 * formatTime('2026-11-30T17:45:12.000Z'); // '17:45 UTC'
 */
export function formatTime(iso: string): string {
  return `${timeOnly.format(new Date(iso))} UTC`;
}

/**
 * A count with grouping: `12,345`.
 *
 * @example
 * formatCount(12345); // '12,345'
 */
export function formatCount(value: number): string {
  return integer.format(value);
}

/**
 * `part / whole` as a percentage with one decimal; `—` when the whole is 0.
 *
 * @example
 * formatShare(1, 3); // '33.3%'
 */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? percent.format(part / whole) : '—';
}

/**
 * A UTC day `YYYY-MM-DD` some days before or after another.
 *
 * @example
 * addDays('2026-11-30', -29); // '2026-11-01'
 */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Today as a UTC day, `YYYY-MM-DD` (the days statistics are counted in).
 *
 * @example
 * todayUtc(); // '2026-11-30'
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The number of days from one UTC day to another, both included.
 *
 * @example
 * daysBetween('2026-11-01', '2026-11-30'); // 30
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
