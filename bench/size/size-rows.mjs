// Table rows for the script-tag sizes: every case next to vanilla-cookieconsent v3 (JS + CSS).
import { fmt, ratio, sizeTriple } from '../lib/stats.mjs';

/** @param {ReturnType<typeof import('./measure-sizes.mjs').measureSizes>} sizes */
export function sizeRows({ assent, competitors }) {
  const [reference] = competitors; // vanilla-cookieconsent comes first
  const referenceText = `${reference.label}: ${sizeTriple(reference)}`;
  const row = (item) => ({
    measure: `${item.label} (${item.files.length > 2 ? `${item.files.length} files` : item.files.join(' + ')})`,
    result: sizeTriple(item),
    reference: item === reference ? 'itself' : referenceText,
    ratio: `${ratio(item.gzip, reference.gzip)} gzip, ${ratio(item.brotli, reference.brotli)} br`,
  });
  return [
    { section: 'Script-tag size — minified / gzip -9 / brotli q11, bytes (each file compressed on its own, summed)' },
    ...assent.map(row),
    ...competitors.map(row),
  ];
}

/** A sentence for the closing notes. */
export function sizeSummary({ assent, competitors }) {
  const [reference] = competitors;
  return assent.map((item) => `${item.label}: ${fmt(item.gzip)} B gzip (${ratio(item.gzip, reference.gzip)} of ${reference.label})`).join('; ');
}
