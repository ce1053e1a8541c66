// Public API of @assent/vue: the plugin, the composables and the gate component.
export { createAssent } from './plugin.js';
export type { AssentPluginOptions } from './context.js';
export { useConsent, useGranted, useOpenPreferences } from './composables.js';
export type { ConsentComposable } from './composables.js';
export { ConsentGate } from './consent-gate.js';
export type { ConsentGateFallbackProps, ConsentGateProps } from './consent-gate.js';
