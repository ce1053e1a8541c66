// Services of the seed markets in Asia: Korea (Naver, Kakao), Japan (LINE, Yahoo! JAPAN — both LY
// Corporation). Sources: Naver Analytics and Naver Maps API guides; Kakao Developers (JavaScript SDK,
// Maps API) and Kakao Moment's pixel guide; LINE Tag guide (LINE for Business); Yahoo! JAPAN Ads help
// ("サイトジェネラルタグについて", Yahoo!タグマネージャー "クッキーの設定"). These guides name no cookie,
// so the entries list none: the scanner reports what it finds under these hosts.
import { service } from './entry.js';

const LY = 'LY Corporation';
const LY_PRIVACY = 'https://www.lycorp.co.jp/en/company/privacypolicy/';

/** Naver Analytics (네이버 애널리틱스). */
export const naverAnalytics = /* @__PURE__ */ service({
  id: 'naver-analytics',
  name: 'Naver Analytics',
  provider: 'NAVER Corp.',
  purpose: 'Measures how visitors use the site, including visits from Naver search and ads.',
  category: 'analytics',
  privacyPolicyUrl: 'https://policy.naver.com/policy/privacy.html',
  hosts: ['wcs.naver.net', 'wcs.naver.com'],
});

/** Naver Maps (네이버 지도 API). */
export const naverMaps = /* @__PURE__ */ service({
  id: 'naver-maps',
  name: 'Naver Maps',
  provider: 'NAVER Cloud Corp.',
  purpose: 'Shows interactive maps.',
  category: 'functional',
  privacyPolicyUrl: 'https://policy.naver.com/policy/privacy.html',
  hosts: ['oapi.map.naver.com'],
});

/** Kakao Pixel (카카오 픽셀, Kakao Moment ads). */
export const kakaoPixel = /* @__PURE__ */ service({
  id: 'kakao-pixel',
  name: 'Kakao Pixel',
  provider: 'Kakao Corp.',
  purpose: 'Measures conversions from Kakao ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.kakao.com/policy/privacy',
  hosts: ['t1.daumcdn.net'],
});

/** Kakao Maps (카카오맵 API). */
export const kakaoMaps = /* @__PURE__ */ service({
  id: 'kakao-maps',
  name: 'Kakao Maps',
  provider: 'Kakao Corp.',
  purpose: 'Shows interactive maps.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.kakao.com/policy/privacy',
  hosts: ['dapi.kakao.com'],
});

/** Kakao JavaScript SDK (Kakao Login, KakaoTalk sharing and channel buttons). */
export const kakaoSdk = /* @__PURE__ */ service({
  id: 'kakao-sdk',
  name: 'Kakao SDK',
  provider: 'Kakao Corp.',
  purpose: 'Lets visitors sign in with Kakao and share to KakaoTalk.',
  category: 'functional',
  privacyPolicyUrl: 'https://www.kakao.com/policy/privacy',
  hosts: ['t1.kakaocdn.net', 'developers.kakao.com', 'kauth.kakao.com'],
});

/** LINE Tag (LINE Ads conversion tracking and retargeting). */
export const lineTag = /* @__PURE__ */ service({
  id: 'line-tag',
  name: 'LINE Tag',
  provider: LY,
  purpose: 'Measures conversions from LINE Ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: LY_PRIVACY,
  hosts: ['d.line-scdn.net', 'tr.line.me'],
});

/** LINE Login and LINE social plugins (share and friend buttons). */
export const lineSocial = /* @__PURE__ */ service({
  id: 'line-social',
  name: 'LINE Login and social plugins',
  provider: LY,
  purpose: 'Lets visitors sign in with LINE, share pages and add the site’s LINE account.',
  category: 'functional',
  privacyPolicyUrl: LY_PRIVACY,
  hosts: ['access.line.me', 'social-plugins.line.me'],
});

/** Yahoo! JAPAN Ads (search and display ads: site general tag, conversion and retargeting tags). */
export const yahooJapanAds = /* @__PURE__ */ service({
  id: 'yahoo-japan-ads',
  name: 'Yahoo! JAPAN Ads',
  provider: LY,
  purpose: 'Measures conversions from Yahoo! JAPAN ads (with a first-party cookie the site general tag sets) and retargets visitors.',
  category: 'advertising',
  privacyPolicyUrl: LY_PRIVACY,
  hosts: ['s.yimg.jp', 'b90.yahoo.co.jp', 'b97.yahoo.co.jp'],
});

/** Yahoo! Tag Manager (Yahoo!タグマネージャー). */
export const yahooJapanTagManager = /* @__PURE__ */ service({
  id: 'yahoo-japan-tag-manager',
  name: 'Yahoo! Tag Manager',
  provider: LY,
  purpose: 'Loads the site’s measurement and marketing tags; the tags it loads set their own cookies.',
  category: 'functional',
  privacyPolicyUrl: LY_PRIVACY,
  hosts: ['s.yjtag.jp'],
});
