'use client';
// The browser half of the site's consent: the provider around every page. Rendered on the server
// too, where it creates no store and shows what the request's cookie allows (`initial`).
import { useMemo, useRef, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { ConsentProvider } from '@assent/react';
import type { ConsentStore } from '@assent/core';
import type { ConsentSnapshot } from '@assent/core/cookie';
// Both are DOM-free at import and start nothing until called in `setup`, which runs in the browser only.
import { startPage } from '@assent/core/page';
import { startOutbox } from '@assent/server-sync/outbox';
import { LEDGER_ENDPOINT, PRIVACY_POLICY_URL, optionsFor } from './consent-config';

declare global {
  interface Window {
    /** Where the script tag puts its store; tools such as `assent-scan` look for it there. */
    assent?: ConsentStore;
  }
}

export interface ConsentRootProps {
  /** The visitor's region as the server derived it, so browser and server apply the same regime. */
  region: string | undefined;
  /** The server's snapshot of this request's cookie. */
  initial: ConsentSnapshot;
  children: ReactNode;
}

/**
 * `<ConsentProvider>` with this site's options, page glue and evidence outbox.
 *
 * @example
 * <ConsentRoot region={region} initial={snapshot}>{children}</ConsentRoot>
 */
export function ConsentRoot({ region, initial, children }: ConsentRootProps): ReactNode {
  const options = useMemo(() => optionsFor(region), [region]);
  const router = useRouter();
  const refresh = useRef(router.refresh);
  refresh.current = router.refresh;
  const setup = (store: ConsentStore) => {
    // Consent Mode default, script gating, clearing on withdrawal; then the evidence outbox.
    const page = startPage(store);
    const outbox = startOutbox(store, { endpoint: LEDGER_ENDPOINT });
    window.assent = store;
    // Server components decide from the cookie (see app/picks): render them again after a change,
    // so what the server shows follows the decision without a full reload.
    const unsubscribe = store.subscribe(() => refresh.current());
    return () => {
      unsubscribe();
      outbox.stop();
      page.stop();
      if (window.assent === store) delete window.assent;
    };
  };
  return (
    <ConsentProvider options={options} initial={initial} setup={setup} ui={{ privacyPolicyUrl: PRIVACY_POLICY_URL }}>
      {children}
    </ConsentProvider>
  );
}
