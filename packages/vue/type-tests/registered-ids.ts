// Compiled by src/registered-ids.test.ts, on its own: registering a config changes the id types of
// the whole compilation, so it must not share one with the package. Each @ts-expect-error must
// meet an error, or tsc fails ("Unused '@ts-expect-error' directive").
import { defineConsentConfig } from '@assent/core';
import { h } from 'vue';
import { ConsentGate, createAssent, useConsent, useGranted } from '../src/index.js';

const consentConfig = defineConsentConfig({
  revision: '1',
  services: [
    {
      id: 'youtube',
      category: 'functional',
      name: 'YouTube',
      provider: 'Google',
      purpose: 'Videos',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
      cookies: [],
    },
  ],
});

declare module '@assent/core' {
  interface Register {
    config: typeof consentConfig;
  }
}

export function setupOfAComponent(): void {
  useGranted('analytics');
  useGranted('youtube');
  // @ts-expect-error -- misspelt category
  useGranted('analytcs');
  // @ts-expect-error -- a service the config does not declare
  useGranted('vimeo');

  const { update } = useConsent();
  update({ functional: true, youtube: false });
  // @ts-expect-error -- misspelt id in a choice
  update({ functionl: true });

  h(ConsentGate, { category: 'functional' });
  h(ConsentGate, { service: 'youtube' });
  // @ts-expect-error -- exactly one id, as React's <Gate>: not both
  h(ConsentGate, { category: 'functional', service: 'youtube' });
  // @ts-expect-error -- misspelt service on the gate
  h(ConsentGate, { service: 'youtub' });
  // @ts-expect-error -- misspelt category on the gate
  h(ConsentGate, { category: 'functionl' });
}

createAssent({
  options: consentConfig,
  setup(store) {
    store.granted('youtube');
    // @ts-expect-error -- the store handed to setup knows the ids too
    store.granted('youtub');
  },
});
