// The module behind `assent-tcf-ui.js`, which the TCF script tag imports only when a layer must be shown.
export { createTcfUi } from '../ui/create-tcf-ui.js';
export { loadPurposeTexts } from '../locales/purposes/load.js';
// What a TCF layer (or the banner) showed by text hash, for the evidence outbox to upload the texts.
export { tcfShownContent as shownContent } from '../ui/shared/shown-registry.js';
