// Public API of @assent/react. A client module: the build writes 'use client' at the top of the
// entry (rollup.config.mjs), so Next.js renders it on the server for HTML and hydrates it in the
// browser, where the store and the banner live.
export { ConsentProvider } from './provider.js';
export type { ConsentProviderProps } from './provider.js';
export { useConsent, useGranted, useOpenPreferences } from './hooks.js';
export { Gate } from './gate.js';
export type { GateProps } from './gate.js';
export type { ConsentValue } from './context.js';
export type { ConsentId } from './ids.js';
export type { ConsentSnapshot } from '@assent/core/cookie';
