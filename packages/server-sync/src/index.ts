// Public API of @assent/server-sync. The ledger, HTTP API and outbox arrive with the ledger issue;
// the IP minimisation every evidence record uses is here already.
export { truncateIp } from './evidence/truncate-ip.js';
