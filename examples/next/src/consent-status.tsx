'use client';
import type { ReactNode } from 'react';
import { useConsent, useGranted } from '@assent/react';

const CATEGORIES = [
  ['functional', 'Functional'],
  ['analytics', 'Analytics'],
  ['advertising', 'Advertising'],
] as const;

/**
 * What applies to this visitor right now, category by category. Server-rendered from the
 * request's cookie and region, then live in the browser.
 *
 * @example
 * <ConsentStatus />
 */
export function ConsentStatus(): ReactNode {
  const { needsDecision } = useConsent();
  return (
    <section aria-labelledby="consent-status-title" className="card" id="consent-status" data-needs-decision={needsDecision}>
      <h2 id="consent-status-title">What applies to you now</h2>
      <dl>
        {CATEGORIES.map(([id, label]) => (
          <CategoryStatus key={id} id={id} label={label} />
        ))}
      </dl>
      <p>{needsDecision ? 'You have not decided yet.' : 'You have decided; change it any time under Cookie settings.'}</p>
    </section>
  );
}

function CategoryStatus({ id, label }: { id: (typeof CATEGORIES)[number][0]; label: string }): ReactNode {
  // Re-renders only when this category changes.
  const granted = useGranted(id);
  return (
    <div data-category={id} data-granted={granted}>
      <dt>{label}</dt>
      <dd>{granted ? 'on' : 'off'}</dd>
    </div>
  );
}
