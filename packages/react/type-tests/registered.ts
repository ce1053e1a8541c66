// Type-level tests, compiled by `tsc -b packages/react` (never run): with a config registered
// through `Register`, every id the binding takes is one of that config's ids. Each
// `@ts-expect-error` fails the compile if the line after it stops being an error.
import { createElement } from 'react';
import { defineConsentConfig } from '@assent/core';
import { ConsentProvider, Gate, useConsent, useGranted } from '../src/index.js';

export const consentConfig = defineConsentConfig({
  revision: '1',
  services: [
    {
      id: 'youtube',
      category: 'functional',
      name: 'YouTube',
      provider: 'Google Ireland Limited',
      purpose: 'Video embeds',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
    },
  ],
});

declare module '@assent/core' {
  interface Register {
    config: typeof consentConfig;
  }
}

export function Registered() {
  useGranted('analytics');
  useGranted('youtube');
  useGranted('necessary');
  // @ts-expect-error -- a misspelt category
  useGranted('analytcs');
  // @ts-expect-error -- a service the config does not declare
  useGranted('vimeo');

  const consent = useConsent();
  consent.granted('youtube');
  // @ts-expect-error -- misspelt
  consent.granted('youtub');
  consent.update({ analytics: true, youtube: false });
  // @ts-expect-error -- misspelt
  consent.update({ analytcs: true });
  consent.store?.granted('functional');
  // @ts-expect-error -- misspelt
  consent.store?.granted('functionl');

  return [
    createElement(Gate, { category: 'analytics' }, 'shown'),
    createElement(Gate, { service: 'youtube', fallback: 'placeholder' }, 'video'),
    // @ts-expect-error -- misspelt
    createElement(Gate, { service: 'yutube' }, 'video'),
    // @ts-expect-error -- both a category and a service
    createElement(Gate, { category: 'functional', service: 'youtube' }, 'video'),
    // @ts-expect-error -- neither
    createElement(Gate, {}, 'video'),
    createElement(ConsentProvider, { options: consentConfig, setup: (store) => void store.granted('youtube') }),
    // @ts-expect-error -- a store and options at once
    createElement(ConsentProvider, { options: consentConfig, store: consent.store! }),
  ];
}
