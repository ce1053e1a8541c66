import type { Ledger } from '../../ledger/create-ledger.js';
import { MAX_STATISTICS_DAYS, type StatisticsBreakdown, StatisticsQueryError } from '../../ledger/statistics.js';
import { HttpError, json } from '../errors.js';
import type { Route } from '../router.js';

const BREAKDOWNS: readonly StatisticsBreakdown[] = ['method', 'region', 'locale', 'regime', 'revision', 'text'];
const DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const TALLY_FIELDS = ['decisions', 'acceptAll', 'rejectAll', 'custom', 'withdraw', 'gpc', 'api', 'gpcSignal'] as const;
const tallyProperties = Object.fromEntries(TALLY_FIELDS.map((field) => [field, count]));
const tally = (extra: Record<string, object> = {}) => ({
  type: 'object',
  additionalProperties: false,
  required: [...Object.keys(extra), ...TALLY_FIELDS],
  properties: { ...extra, ...tallyProperties },
});

/** The JSON Schema of `ledger.statistics()`'s answer, as the route sends it. */
const STATISTICS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  description:
    'Decisions per UTC day of the range (every day, zeros included), the total, per category how often it was granted and denied, and with `by` the breakdown (most decisions first). `gpc`: decisions made by the GPC signal (method `gpc`); `gpcSignal`: records sent with the signal on, whatever the method.',
  required: ['from', 'to', 'total', 'days', 'categories'],
  properties: {
    from: DAY,
    to: DAY,
    total: tally(),
    days: { type: 'array', items: tally({ day: DAY }) },
    byValue: { type: 'array', items: tally({ value: { type: 'string' } }) },
    categories: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['category', 'granted', 'denied'],
        properties: { category: { type: 'string' }, granted: count, denied: count },
      },
    },
  },
} as const;

const QUERY = {
  from: { description: 'The first UTC day, `YYYY-MM-DD`.', required: true, schema: DAY },
  to: { description: `The last UTC day, \`YYYY-MM-DD\`, included; at most ${MAX_STATISTICS_DAYS} days from \`from\`.`, required: true, schema: DAY },
  by: { description: 'Adds a breakdown of the whole range by this dimension (`text`: the text hash).', schema: { type: 'string', enum: BREAKDOWNS } },
} as const;

const invalidQuery = (field: string, message: string) => new HttpError(400, 'invalid_query', message, {}, [{ path: field, message }]);

/**
 * `GET /v1/statistics?from=&to=[&by=]`: `ledger.statistics()` for the privacy officer's console.
 * Needs an API key with the `console` scope; the answer holds counts only (nothing personal) and is
 * never cached. A malformed, repeated or unknown query parameter is a 400 `invalid_query` naming it.
 *
 * @example
 * const routes = [...otherRoutes, ...statisticsRoutes(ledger)];
 */
export function statisticsRoutes(ledger: Pick<Ledger, 'statistics'>): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/statistics',
      scope: 'console',
      limited: true,
      doc: {
        operationId: 'statistics',
        tag: 'statistics',
        summary: 'Decisions per day, per method and per category over a range of days',
        description: `Sums the counters the ledger keeps at write time (never scans the records): its cost grows with the days and values in the range, not with the number of records. Counters are aggregate: erasure and retention do not lower them. Days are UTC, both ends included, at most ${MAX_STATISTICS_DAYS}. Not cached (\`Cache-Control: no-store\`).`,
        query: QUERY,
        responses: {
          200: { description: 'The statistics of the range.', schema: STATISTICS_SCHEMA },
          400: { codes: ['invalid_query'] },
          503: { codes: ['storage_unavailable'] },
        },
      },
      async handle({ url }) {
        const query: Record<string, string> = {};
        for (const [name, value] of url.searchParams) {
          if (!Object.hasOwn(QUERY, name)) throw invalidQuery(name.slice(0, 32), `Unknown query parameter "${name.slice(0, 32)}" (use from, to, by)`);
          if (Object.hasOwn(query, name)) throw invalidQuery(name, `Query parameter "${name}" is given more than once`);
          query[name] = value;
        }
        try {
          return json(
            200,
            await ledger.statistics({ from: query.from!, to: query.to!, ...(query.by !== undefined && { by: query.by as StatisticsBreakdown }) }),
          );
        } catch (error) {
          if (error instanceof StatisticsQueryError) throw invalidQuery(error.field, `Query parameter "${error.field}": ${error.message}`);
          throw new HttpError(503, 'storage_unavailable', 'The ledger could not read its statistics; retry later');
        }
      },
    },
  ];
}
