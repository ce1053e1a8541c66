// The module behind `assent-ui.js`, which the script-tag entry imports only when the UI must be shown.
export { mountConsentUi } from '../ui/create-ui.js';
