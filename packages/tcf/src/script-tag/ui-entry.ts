// The module behind `assent-tcf-ui.js`, which the TCF script tag imports only when a layer must be shown.
export { createTcfUi } from '../ui/create-tcf-ui.js';
export { loadPurposeTexts } from '../locales/purposes/load.js';
// What the UI showed by text hash (filled by the banner's hashing, which this chunk carries), for the outbox.
export { shownContent } from '@assent/banner';
