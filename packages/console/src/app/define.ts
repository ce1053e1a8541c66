// Registration of the console's elements: tag names and customElements.define(). Nothing is
// registered at import time.
import { AssentChart } from './chart.component.js';
import { AssentConsole } from './console-app.component.js';
import { AssentErasure } from './erasure.component.js';
import { AssentEvidence } from './evidence.component.js';
import { AssentIntegrity } from './integrity.component.js';
import { AssentOverview } from './overview.component.js';
import { AssentSignIn } from './sign-in.component.js';
import { AssentWording } from './wording.component.js';

const ELEMENTS = {
  'assent-console': AssentConsole,
  'assent-sign-in': AssentSignIn,
  'assent-overview': AssentOverview,
  'assent-evidence': AssentEvidence,
  'assent-integrity': AssentIntegrity,
  'assent-erasure': AssentErasure,
  'assent-chart': AssentChart,
  'assent-wording': AssentWording,
} as const;

/**
 * Registers every element of the console once.
 *
 * @example
 * defineConsoleElements();
 * document.body.append(document.createElement('assent-console'));
 */
export function defineConsoleElements(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-console': AssentConsole;
    'assent-sign-in': AssentSignIn;
    'assent-overview': AssentOverview;
    'assent-evidence': AssentEvidence;
    'assent-integrity': AssentIntegrity;
    'assent-erasure': AssentErasure;
    'assent-chart': AssentChart;
    'assent-wording': AssentWording;
  }
}
