'use client';
import type { ReactNode } from 'react';
import { useOpenPreferences } from '@assent/react';

/**
 * The footer's way back to the choices: opens the preferences dialog, focus returns here on close.
 *
 * @example
 * <CookieSettingsButton />
 */
export function CookieSettingsButton(): ReactNode {
  const openPreferences = useOpenPreferences();
  return (
    <button type="button" className="link-button" onClick={(event) => void openPreferences(event.currentTarget)}>
      Cookie settings
    </button>
  );
}
