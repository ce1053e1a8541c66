import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CookieSettingsButton } from '../../src/cookie-settings-button';

export const metadata: Metadata = { title: 'Privacy notice' };

export default function Privacy(): ReactNode {
  return (
    <>
      <h1>Privacy notice</h1>
      <p>
        This demo shop sets one necessary cookie, <code>assent</code>, which remembers your choice. Everything else waits for it.
      </p>
      <h2 id="functional">Functional</h2>
      <p>
        <strong>Demo Video</strong> plays the workshop video and sets <code>demo_video_volume</code> (1 year). Personalised picks are computed on our server
        only when you allow functional cookies.
      </p>
      <h2 id="analytics">Analytics</h2>
      <p>
        <strong>Next Analytics</strong> would count page views and set <code>_next_analytics</code> (13 months).
      </p>
      <h2 id="your-choice">Your choice</h2>
      <p>
        Every decision is recorded as evidence in the site&apos;s consent ledger. Change or withdraw it at any time: <CookieSettingsButton />
      </p>
    </>
  );
}
