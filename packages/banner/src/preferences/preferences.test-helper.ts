// Shared by the dialog's browser tests: opening it the way a page does, and finding its parts.
import type { ConsentUi } from '../ui/create-ui.js';
import { until } from '../ui/ui.test-helper.js';
import type { AssentPreferences } from './preferences.component.js';

/** Opens the dialog from `opener` (focused first, so focus can return to it) and resolves once it is open. */
export async function showDialog(ui: ConsentUi, opener: HTMLElement): Promise<AssentPreferences> {
  opener.focus();
  await ui.showPreferences(opener);
  const element = document.querySelector('assent-preferences')!;
  await until(() => element.isOpen);
  return element;
}

/** The dialog's element exposed as `::part(name)`. */
export const part = (element: AssentPreferences, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
