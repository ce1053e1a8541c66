// Small statistics and number formatting shared by every section of the benchmark.

/**
 * The q-quantile of a list by the nearest-rank method (no interpolation: every value printed was
 * really measured). Returns NaN for an empty list.
 * @param {number[]} values
 * @param {number} q between 0 and 1
 */
export function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/**
 * A number with thousands separators and a fixed number of decimals.
 * @param {number} value
 * @param {number} [digits]
 */
export function fmt(value, digits = 0) {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * A ratio as `0.42×`, with two decimals (or — when it cannot be computed).
 * @param {number} numerator
 * @param {number} denominator
 */
export function ratio(numerator, denominator) {
  return Number.isFinite(numerator) && Number.isFinite(denominator) && denominator !== 0 ? `${fmt(numerator / denominator, 2)}×` : '—';
}

/**
 * Bytes as `12,345 B` in the three forms a script tag can be served in.
 * @param {{ minified: number, gzip: number, brotli: number }} sizes
 */
export const sizeTriple = (sizes) => `${fmt(sizes.minified)} / ${fmt(sizes.gzip)} / ${fmt(sizes.brotli)} B`;
