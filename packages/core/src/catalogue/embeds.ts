// Chat and support widgets, scheduling and form embeds, media players, maps and fonts. Sources:
// Intercom "The Intercom Messenger's cookies"; Zendesk "Cookies used by the Web Widget"; Crisp
// "Which cookies are used by the chatbox?"; tawk.to "What are tawk.to cookies and what do they do?";
// Vimeo Cookie Policy; the vendors' privacy policies
// for the embeds that document no cookie of their own on the host site.
import { service } from './entry.js';

/** Intercom Messenger. */
export const intercom = /* @__PURE__ */ service({
  id: 'intercom',
  name: 'Intercom',
  provider: 'Intercom R&D Unlimited Company',
  purpose: 'Provides the support chat and remembers the conversation across pages and visits.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.intercom.com/legal/privacy',
  cookies: [
    { name: 'intercom-id-*', retention: '9 months', purpose: 'Anonymous visitor identifier' },
    { name: 'intercom-session-*', retention: '1 week', purpose: 'Keeps the conversation across pages' },
    { name: 'intercom-device-id-*', retention: '9 months', purpose: 'Device identifier' },
  ],
  hosts: ['widget.intercom.io', 'js.intercomcdn.com', 'api-iam.intercom.io', '*.intercom.io'],
});

/** Zendesk Web Widget (support chat and help centre). */
export const zendesk = /* @__PURE__ */ service({
  id: 'zendesk',
  name: 'Zendesk',
  provider: 'Zendesk, Inc.',
  purpose: 'Provides the support chat and help widget.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
  cookies: [{ name: '__zlcmid', retention: '1 year', purpose: 'Chat visitor identifier' }],
  hosts: ['static.zdassets.com', 'ekr.zdassets.com', '*.zendesk.com'],
});

/** Crisp chat. */
export const crisp = /* @__PURE__ */ service({
  id: 'crisp',
  name: 'Crisp',
  provider: 'Crisp IM SAS',
  purpose: 'Provides the support chat and keeps the conversation across visits.',
  category: 'functional',
  privacyPolicyUrl: 'https://crisp.chat/en/privacy/',
  cookies: [{ name: 'crisp-client/session/*', retention: '6 months', purpose: 'Chat session' }],
  hosts: ['client.crisp.chat', 'client.relay.crisp.chat'],
});

/** tawk.to chat. */
export const tawkTo = /* @__PURE__ */ service({
  id: 'tawk-to',
  name: 'tawk.to',
  provider: 'tawk.to inc.',
  purpose: 'Provides the support chat.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.tawk.to/privacy-policy/',
  // source: https://help.tawk.to/article/what-are-tawkto-cookies-and-what-do-they-do
  cookies: [
    { name: 'tawk_uuid_*', retention: '6 months', purpose: 'Visitor identifier (suffix is the property id)' },
    { name: 'TawkConnectionTime', retention: 'session', purpose: 'Keeps one chat connection across tabs' },
    { name: 'twk_idm_key', retention: 'session', purpose: 'Visitor connection management' },
  ],
  localStorage: ['twk_token_*'], // source: https://help.tawk.to/article/what-are-tawkto-cookies-and-what-do-they-do
  hosts: ['embed.tawk.to', '*.tawk.to'],
});

/** Calendly scheduling embed. */
export const calendly = /* @__PURE__ */ service({
  id: 'calendly',
  name: 'Calendly',
  provider: 'Calendly LLC',
  purpose: 'Lets visitors book appointments in an embedded calendar.',
  category: 'functional',
  privacyPolicyUrl: 'https://calendly.com/legal/privacy-notice',
  hosts: ['assets.calendly.com', 'calendly.com'],
});

/** Typeform form embed. */
export const typeform = /* @__PURE__ */ service({
  id: 'typeform',
  name: 'Typeform',
  provider: 'TYPEFORM SL',
  purpose: 'Shows embedded forms and surveys.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.typeform.com/privacy-policy/',
  hosts: ['embed.typeform.com', 'form.typeform.com'],
});

/** Vimeo video embeds. */
export const vimeo = /* @__PURE__ */ service({
  id: 'vimeo',
  name: 'Vimeo',
  provider: 'Vimeo.com, Inc.',
  purpose: 'Plays embedded videos and counts their views.',
  category: 'functional',
  privacyPolicyUrl: 'https://vimeo.com/privacy',
  cookies: [{ name: 'vuid', retention: '2 years', purpose: 'Visitor identifier for video statistics', domain: 'vimeo.com' }],
  hosts: ['player.vimeo.com', 'f.vimeocdn.com', 'i.vimeocdn.com'],
});

/** Spotify embeds. */
export const spotify = /* @__PURE__ */ service({
  id: 'spotify',
  name: 'Spotify',
  provider: 'Spotify AB',
  purpose: 'Plays embedded music and podcasts.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.spotify.com/legal/privacy-policy/',
  hosts: ['open.spotify.com'],
});

/** SoundCloud embeds. */
export const soundCloud = /* @__PURE__ */ service({
  id: 'soundcloud',
  name: 'SoundCloud',
  provider: 'SoundCloud Global Limited & Co. KG',
  purpose: 'Plays embedded audio.',
  category: 'functional',
  privacyPolicyUrl: 'https://soundcloud.com/pages/privacy',
  hosts: ['w.soundcloud.com'],
});

/** OpenStreetMap tiles and embeds. */
export const openStreetMap = /* @__PURE__ */ service({
  id: 'openstreetmap',
  name: 'OpenStreetMap',
  provider: 'OpenStreetMap Foundation',
  purpose: 'Shows maps; the visitor’s browser requests the map tiles from the foundation’s servers.',
  category: 'functional',
  privacyPolicyUrl: 'https://osmfoundation.org/wiki/Privacy_Policy',
  hosts: ['tile.openstreetmap.org', 'www.openstreetmap.org'],
});

/** Adobe Fonts (Typekit). */
export const adobeFonts = /* @__PURE__ */ service({
  id: 'adobe-fonts',
  name: 'Adobe Fonts',
  provider: 'Adobe Inc.',
  purpose: 'Serves web fonts and counts their use for licensing.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
  hosts: ['use.typekit.net', 'p.typekit.net'],
});

/** Sentry error monitoring (browser SDK). */
export const sentry = /* @__PURE__ */ service({
  id: 'sentry',
  name: 'Sentry',
  provider: 'Functional Software, Inc.',
  purpose: 'Reports errors in the page to the site’s developers so they can be fixed.',
  category: 'functional',
  privacyPolicyUrl: 'https://sentry.io/privacy/',
  hosts: ['browser.sentry-cdn.com', 'js.sentry-cdn.com', '*.ingest.sentry.io', '*.ingest.us.sentry.io', '*.ingest.de.sentry.io'],
});
