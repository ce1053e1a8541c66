// Compile-time checks, never run or bundled: `pnpm exec tsc --noEmit -p examples/next` fails when
// a misspelt id compiles, i.e. when the registered config no longer types this site's ids.
import { createConsent } from '@assent/core';
import { Gate, useConsent, useGranted } from '@assent/react';
import { consentConfig } from './consent-config';

export function TypedIds(): boolean {
  // @ts-expect-error 'analytcs' is not a category or service of this site
  useGranted('analytcs');
  // @ts-expect-error nor is a service the site does not declare
  useConsent().update({ youtube: true });
  // Declared ids and the default categories compile.
  const analytics = useGranted('analytics');
  const video = useGranted('demo-video');
  const serviceOfSite = useGranted('next-analytics');
  const { granted } = useConsent();
  return analytics && video && serviceOfSite && granted('necessary');
}

export const gates = [
  <Gate key="category" category="functional" />,
  // @ts-expect-error 'functionl' is misspelt
  <Gate key="typo" category="functionl" />,
];

export function storeIds(): boolean {
  const store = createConsent(consentConfig);
  // @ts-expect-error the store created from the config knows its ids too
  store.granted('analytcs');
  return store.granted('demo-video');
}
