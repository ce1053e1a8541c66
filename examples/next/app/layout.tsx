// The root layout, a server component: every page is rendered for the request's own consent.
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ConsentRoot } from '../src/consent-root';
import { CookieSettingsButton } from '../src/cookie-settings-button';
import { requestConsent } from '../src/request-consent';
// The look of the demo's other sites.
import '../../script-tag-site/css/site.css';
import './next.css';

export const metadata: Metadata = {
  title: { default: 'Assent demo · Next.js', template: '%s · Assent demo · Next.js' },
  icons: { icon: 'data:,' },
};

export default async function RootLayout({ children }: { children: ReactNode }): Promise<ReactNode> {
  // The cookie and region of this request: the server HTML shows what they allow, and the browser
  // store, reading the same cookie at hydration, agrees — no banner flash, no gated content early.
  const { region, snapshot } = await requestConsent();
  return (
    <html lang="en">
      <body>
        <ConsentRoot region={region} initial={snapshot}>
          <header className="site-header">
            <Link className="brand" href="/">
              Assent demo shop · Next.js
            </Link>
            <nav aria-label="Main">
              <ul>
                <li>
                  <Link href="/">Home</Link>
                </li>
                <li>
                  <Link href="/picks">Picks for you</Link>
                </li>
                <li>
                  <Link href="/privacy">Privacy</Link>
                </li>
              </ul>
            </nav>
          </header>
          <main id="main">{children}</main>
          <footer className="site-footer">
            <ul>
              <li>
                <CookieSettingsButton />
              </li>
              <li>
                <Link href="/privacy">Privacy notice</Link>
              </li>
            </ul>
          </footer>
        </ConsentRoot>
      </body>
    </html>
  );
}
