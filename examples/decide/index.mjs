// Quick-start job: builds a store for a sample site in several regions and prints what it
// decides before and after the visitor chooses, plus what a server reads from the cookie.
import { createConsent, memoryCookieJar } from '@assent/core';
import { consentFromCookie } from '@assent/core/cookie';

const site = {
  revision: '2026-11',
  services: [
    { id: 'matomo', category: 'analytics', name: 'Matomo', provider: 'Example Analytics Ltd', purpose: 'Audience measurement', privacyPolicyUrl: 'https://example.com/privacy', cookies: [{ name: '_pk_id.*', retention: '13 months' }] },
    { id: 'youtube', category: 'functional', name: 'YouTube embeds', provider: 'Google Ireland', purpose: 'Embedded videos', privacyPolicyUrl: 'https://policies.google.com/privacy' },
    { id: 'google-ads', category: 'advertising', name: 'Google Ads', provider: 'Google Ireland', purpose: 'Advertising measurement', privacyPolicyUrl: 'https://policies.google.com/privacy' },
  ],
};
const ids = ['necessary', 'functional', 'analytics', 'advertising', 'matomo', 'youtube', 'google-ads'];
const row = (label, store) => `${label.padEnd(34)}${ids.map((id) => (store.granted(id) ? 'yes' : ' - ').padEnd(12)).join('')}${store.needsDecision ? 'ask' : store.state.method}`;

console.log(`Assent — what the store decides for a sample site (revision ${site.revision})\n`);
console.log(''.padEnd(34) + ids.map((id) => id.padEnd(12)).join('') + 'decision');
for (const [region, gpc] of [['DE', false], ['GB', false], ['CA-QC', false], ['US-CA', false], ['US-CA', true], ['DE', true]]) {
  const cookies = memoryCookieJar();
  const store = createConsent({ ...site, region, gpc, storage: { cookies } });
  console.log(row(`${region} (${store.config.regime})${gpc ? ' + GPC' : ''}, first visit`, store));
  store.acceptAll();
  console.log(row(`  after "Accept all"`, store));
  store.update({ analytics: false });
  console.log(row(`  after switching analytics off`, store));
}

const cookies = memoryCookieJar();
const store = createConsent({ ...site, region: 'DE', storage: { cookies } });
store.update({ analytics: true, matomo: true, 'google-ads': false });
const cookie = `assent=${cookies.read('assent')}`;
console.log(`\nConsent cookie (${Buffer.byteLength(cookie)} bytes): ${cookie}`);
const server = consentFromCookie(cookie, { ...site, region: 'DE' });
console.log(`A server reading it: analytics=${server.granted('analytics')}, advertising=${server.granted('advertising')}, expires ${server.decision.expiresAt}`);
console.log('\nRun the tests with: npm test');
