// The HTTP requests every load generator of the ledger rows sends, so the no-op reference and the
// ledger get byte-for-byte the same load. Ingest: POST /v1/consents with a fresh record id each
// time; half the submissions extend one of the preloaded chains (a returning visitor changing
// their mind), half start a new consent id (a first visit). Check: GET /v1/consents/{id} of a
// random preloaded chain.
import { randomUUID } from 'node:crypto';

/** How many consent ids the preload writes and the checks read, unless a run says otherwise. */
export const CHAINS = 10_000;

/** The consent id of preloaded chain `index`. */
export const chainId = (index) => `bench-chain-${String(index).padStart(5, '0')}`;

// Dated when the generator starts, valid for 182 days, as the banner writes a decision.
const HEAD = `{"revision":"1","categories":{"necessary":true,"functional":false,"analytics":true,"advertising":false},"services":{},"method":"custom","locale":"en","region":"DE","regime":"opt-in","gpc":false,"textHash":"sha256:bench","updatedAt":"${new Date().toISOString()}","expiresAt":"${new Date(Date.now() + 182 * 86_400_000).toISOString()}"`;

/**
 * A submission as the browser outbox sends it, with a fresh record id.
 * @param {string} consentId
 */
export const decisionBody = (consentId) => `${HEAD},"recordId":"${randomUUID()}","consentId":"${consentId}"}`;

/**
 * The body of one ingest request: half extend a random one of `chains` preloaded chains, half start a new one.
 * @param {number} chains
 */
export const ingestBody = (chains) => decisionBody(Math.random() < 0.5 ? chainId(Math.floor(Math.random() * chains)) : `bench-fresh-${randomUUID()}`);

/**
 * The path of one check request: a random one of `chains` preloaded chains.
 * @param {number} chains
 */
export const checkPath = (chains) => `/v1/consents/${chainId(Math.floor(Math.random() * chains))}`;

export const JSON_HEADERS = { 'content-type': 'application/json' };
