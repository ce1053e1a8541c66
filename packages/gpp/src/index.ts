// Public API of @assent/gpp: the IAB Global Privacy Platform for an @assent/core store — the CMP
// (`startGpp`: __gpp on the IAB Tech Lab's library, the US national and state sections chosen by
// region, GPC as an opt-out, the TCF EU section beside @assent/tcf) and the __gpp stub. Nothing
// runs at import.
export type { GppOptions, GppNotices, GppMspa, GppTcfSource, GppSignals, GppEvidence, GppController, GppSection, GppSectionName } from './types.js';
export { startGpp } from './controller/controller.js';
export { validateGppOptions } from './controller/validate.js';
export { gppSignals } from './controller/signals.js';
export { installGppStub } from './stub/stub.js';
export type { GppStubOptions, GppStubPing } from './stub/stub.js';
export { encodeGppString, decodeGppString } from './gpp-string/encode.js';
export type { GppStringInput, DecodedGppString } from './gpp-string/encode.js';
export { usSectionFields } from './sections/fields.js';
export { sectionForRegion, US_STATE_SECTIONS, USNAT_SECTION, TCFEUV2_SECTION } from './sections/regions.js';
export { DEFAULT_GPP_COOKIE_NAME } from './cookie/gpp-cookie.js';
