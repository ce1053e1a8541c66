// Table rows for Lighthouse: per preset, each arm's median FCP, LCP, TBT, CLS and its delta over the
// same page with no consent manager, measured in the same run.
import { fmt, median } from '../lib/stats.mjs';
import { LIGHTHOUSE_ARMS } from './pages.mjs';

const signed = (value, digits = 0) => (Number.isFinite(value) ? `${value >= 0 ? '+' : '−'}${fmt(Math.abs(value), digits)}` : '—');

/**
 * @param {Awaited<ReturnType<typeof import('./measure-lighthouse.mjs').measureLighthouse>>} measured
 */
export function lighthouseRows({ results, runs, presets, fileDelayMs, version }) {
  const rows = [];
  for (const preset of presets) {
    const arms = results[preset];
    const base = arms.baseline;
    const at = (arm, key) => median(arm.map((run) => run[key]));
    rows.push({
      section: `Lighthouse ${version} — ${preset} preset, simulated throttling (Lantern), median of ${runs} run${runs === 1 ? '' : 's'} per page, each in a fresh Chromium; files answered ${fileDelayMs} ms late`,
    });
    const baseFigures = `FCP ${fmt(at(base, 'fcp'))} ms, LCP ${fmt(at(base, 'lcp'))} ms, TBT ${fmt(at(base, 'tbt'))} ms, CLS ${fmt(at(base, 'cls'), 3)}`;
    for (const [name, arm] of Object.entries(arms)) {
      if (name === 'baseline') continue;
      const delta = (key, digits = 0) => signed(at(arm, key) - at(base, key), digits);
      rows.push({
        measure: `${LIGHTHOUSE_ARMS[name].label}: FCP / LCP / TBT / CLS`,
        result: `${fmt(at(arm, 'fcp'))} / ${fmt(at(arm, 'lcp'))} / ${fmt(at(arm, 'tbt'))} ms / ${fmt(at(arm, 'cls'), 3)}`,
        reference: `no consent manager: ${baseFigures}`,
        ratio: `Δ ${delta('fcp')} / ${delta('lcp')} / ${delta('tbt')} ms / ${delta('cls', 3)}`,
      });
    }
  }
  return rows;
}

/** The headline: each arm's median FCP and LCP cost on mobile, for the summary at the top. */
export function lighthouseSummary({ results, presets }) {
  const preset = presets.includes('mobile') ? 'mobile' : presets[0];
  const arms = results[preset];
  const at = (arm, key) => median(arm.map((run) => run[key]));
  const cost = (name) => ({ fcp: at(arms[name], 'fcp') - at(arms.baseline, 'fcp'), lcp: at(arms[name], 'lcp') - at(arms.baseline, 'lcp') });
  return { preset, assent: cost('assent'), assentPreload: cost('assentPreload'), assentDeferred: cost('assentDeferred'), cookieconsent: cost('cookieconsent') };
}
