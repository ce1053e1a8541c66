// Decided on the server: the request's cookie says whether personalised picks may be shown.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requestConsent } from '../../src/request-consent';

export const metadata: Metadata = { title: 'Picks for you' };

const BESTSELLERS = ['Walnut cutting board', 'Linen apron', 'Cast-iron pan'];
// Stands in for recommendations computed from what this visitor looked at before.
const PICKS = ['Oak spoon set, like the board you viewed', 'Apron hooks for your linen apron'];

export default async function Picks(): Promise<ReactNode> {
  const { snapshot } = await requestConsent();
  const personalised = snapshot.granted.includes('functional');
  return (
    <>
      <h1>Picks for you</h1>
      <section className="card" id="recommendations" data-personalised={personalised}>
        <h2>{personalised ? 'Based on what you viewed' : 'Bestsellers'}</h2>
        <ul>
          {(personalised ? PICKS : BESTSELLERS).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {personalised ? null : <p>Allow functional cookies to see picks based on what you viewed.</p>}
      </section>
    </>
  );
}
