// Browser entry of @assent/server-sync that uploads the exact texts behind each decision with the
// outbox's records (POST /v1/texts). Separate from "./outbox" so that a site without a banner's
// texts does not ship it. Imports nothing Node-only.
export { withTexts } from './outbox/texts.js';
