// The module behind `assent-ui.js`, which the script-tag entry imports only when the UI must be shown.
export { mountConsentUi } from '../ui/create-ui.js';
// What the UI showed by text hash, for the evidence outbox (the script tag's ledger glue asks it).
export { SHOWN } from '../text-hash/shown-registry.js';
