// Table rows for the first layer's share of a phone screen: Assent next to vanilla-cookieconsent v3
// with the same words, one row per locale, plus the worst locale of each as the summary.
import { fmt } from '../lib/stats.mjs';
import { PHONE } from './measure-viewport-share.mjs';

const percent = (share) => `${fmt(share * 100, 1)} %`;
const box = (arm) => `${percent(arm.share)} (${arm.width} × ${arm.height} px)`;

/** @param {Awaited<ReturnType<typeof import('./measure-viewport-share.mjs').measureViewportShare>>} results */
export function viewportShareRows(results) {
  return [
    {
      section: `First layer's share of a ${PHONE.width} × ${PHONE.height} screen (mobile emulation), per locale — the same words in both`,
    },
    ...results.map(({ locale, assent, cookieconsent }) => ({
      measure: `banner share of the screen, ${locale}`,
      result: `Assent ${box(assent)}`,
      reference: `vanilla-cookieconsent v3 ${box(cookieconsent)}`,
      ratio: `${fmt(assent.share / cookieconsent.share, 2)}×`,
    })),
  ];
}

/** One line for the summary: the largest share of each, and in how many locales Assent's is the smaller. */
export function viewportShareSummary(results) {
  const worst = (arm) => results.reduce((max, result) => (result[arm].share > max[arm].share ? result : max));
  const a = worst('assent');
  const c = worst('cookieconsent');
  const smaller = results.filter((result) => result.assent.share < result.cookieconsent.share).length;
  return (
    `Phone screen (${PHONE.width} × ${PHONE.height}) covered by the first layer, largest over ${results.length} locales: ` +
    `Assent ${percent(a.assent.share)} (${a.locale}), vanilla-cookieconsent v3 ${percent(c.cookieconsent.share)} (${c.locale}) ` +
    `(Assent's the smaller in ${smaller} of ${results.length} locales).`
  );
}
