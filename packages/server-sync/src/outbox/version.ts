/**
 * The version of `@assent/server-sync`, recorded with every decision the outbox delivers (kept
 * equal to package.json's by a test).
 *
 * @example
 * startOutbox(store, { endpoint, sdkVersion: `my-site/${OUTBOX_VERSION}` });
 */
export const OUTBOX_VERSION = '0.1.0';
