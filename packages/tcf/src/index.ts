// Public API of @assent/tcf: IAB TCF v2.2/2.3 for an @assent/core store — the CMP (`startTcf`:
// __tcfapi, the euconsent-v2 cookie, TC strings with the IAB Tech Lab's libraries), its two UI
// layers (`createTcfUi`), the __tcfapi stub, Google Additional Consent and Consent Mode. Nothing
// runs at import.
export type { TcfOptions, TcfChoices, TcfEvidence, TcfController } from './types.js';
export { startTcf, clearTcfCookies } from './controller/controller.js';
export { validateTcfOptions } from './controller/validate.js';
export { createTcfUi } from './ui/create-tcf-ui.js';
export type { TcfUi, TcfUiOptions } from './ui/create-tcf-ui.js';
export type { TcfMessages, TcfMessageOverrides } from './ui/messages/types.js';
export { tcfShownContent } from './ui/shared/shown-registry.js';
export { installTcfStub } from './stub/stub.js';
export { TCF_SIGNAL_SERVICES, TCF_SIGNAL_SERVICE_IDS, TCF_CONSENT_MODE_MAP, withTcfServices } from './consent-mode/signal-services.js';
export { tcfSignalStore } from './consent-mode/signal-store.js';
export { encodeTcString, decodeTcString } from './tc-string/encode.js';
export type { TcStringMeta } from './tc-string/encode.js';
export { acceptAllChoices, rejectAllChoices, emptyTcfChoices } from './tc-string/choices.js';
export { reaskReason, TC_STRING_MAX_AGE_DAYS } from './tc-string/reask.js';
export type { ReaskReason } from './tc-string/reask.js';
export { encodeAdditionalConsent, parseAdditionalConsent } from './additional-consent/ac-string.js';
export { loadVendorList, vendorListFromJson, VendorListError } from './vendor-list/load.js';
export { loadPurposeTexts } from './locales/purposes/load.js';
export type { PurposeTexts } from './locales/purposes/types.js';
export { DEFAULT_TC_COOKIE_NAME, ADDTL_CONSENT_COOKIE_NAME } from './cookie/tc-cookie.js';
