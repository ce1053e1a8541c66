// The banner speaks the page's language (<html lang>) with the privacy notice's own terms for the
// four categories (as the notice itself words them), even in a browser set to English.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { rewrite } from './support/rewrite.js';
import { banner, consentId, dialog, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

// The notice's terms, in category order: necessary, functional, analytics, advertising.
const TERMS = {
  fr: ['cookies nécessaires', 'cookies fonctionnels', 'cookies analytiques', 'cookies publicitaires'],
  id: ['cookie yang diperlukan', 'cookie fungsional', 'cookie analitik', 'cookie periklanan'],
  ja: ['必要なクッキー', '機能的クッキー', '分析的クッキー', '広告用クッキー'],
  ko: ['필수 쿠키', '기능 쿠키', '분석 쿠키', '광고 쿠키'],
};
// What "Customise" is called, to open the dialog the way a visitor would.
const CUSTOMISE = { fr: 'Personnaliser', id: 'Sesuaikan', ja: 'カスタマイズ', ko: '직접 설정' };

test.each(Object.keys(TERMS) as Array<keyof typeof TERMS>)(
  '<html lang="%s"> → banner and dialog in that language, with the notice\'s category terms, recorded with that locale',
  async (lang) => {
    const context = await newScenario(harness.browser, harness.url, { locale: 'en-US' });
    await rewrite(context, '/', (body) => body.replace('<html lang="en">', `<html lang="${lang}">`));
    const page = await context.newPage();
    await page.goto('/');
    await settled(page);
    await expect.poll(() => banner(page).isVisible()).toBe(true);
    expect(await page.locator('assent-banner').getAttribute('lang')).toBe(lang);
    const bannerText = (await banner(page).textContent()) ?? '';
    expect(bannerText).not.toContain('Accept all');

    await page.locator('assent-banner').getByRole('button', { name: CUSTOMISE[lang] }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    const names = await dialog(page).locator('[part~="category-name"]').allTextContents();
    expect(names.map((name) => name.trim().toLocaleLowerCase(lang))).toEqual(TERMS[lang].map((term) => term.toLocaleLowerCase(lang)));
    // The switches are labelled with the same terms (what a screen reader announces).
    await expect.poll(() => dialog(page).getByRole('checkbox', { name: TERMS[lang][2], exact: false }).count()).toBe(1);
    // The evidence records the language the visitor read.
    await dialog(page).locator('[part~="reject-button"]').click();
    const [record] = await recordsOf(harness, await consentId(context), 1);
    expect(record).toMatchObject({ locale: lang, method: 'reject-all' });
    await context.close();
  },
);
