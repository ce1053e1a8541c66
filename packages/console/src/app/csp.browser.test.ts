import { expect, fixture, html } from '@open-wc/testing';
import type { AssentConsole } from './console-app.component.js';
import { defineConsoleElements } from './define.js';
import { session, stubFetch, until, type FetchStub } from './fetch-stub.test-helper.js';

defineConsoleElements();

// The ledger serves the console with `style-src 'self'`: no style attribute may ever be parsed
// (Lit's styleMap writes one on its first render). This page gets the same directive through a
// meta element (its own file: the policy stays for the page's life) and fails on any violation.
const violations: string[] = [];
before(() => {
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src 'self'";
  document.head.append(meta);
});

const tally = { decisions: 10, acceptAll: 5, rejectAll: 3, custom: 1, withdraw: 1, gpc: 0, api: 0, gpcSignal: 1 };

describe('under the console CSP', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('renders the overview with its charts and no style-src violation', async () => {
    // Control: the meta policy is in force, so a style attribute would be reported.
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    await until(() => violations.length > 0);
    violations.length = 0;

    stub = stubFetch({
      'GET /console/session': { json: session() },
      'GET /v1/statistics': {
        json: {
          from: '2026-11-01',
          to: '2026-11-02',
          total: tally,
          days: [
            { day: '2026-11-01', ...tally },
            { day: '2026-11-02', ...tally },
          ],
          categories: [{ category: 'analytics', granted: 4, denied: 6 }],
          byValue: [{ value: 'DE', ...tally }],
        },
      },
    });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const overview = await until(() => app.shadowRoot!.querySelector('assent-overview'));
    await until(
      () =>
        overview.shadowRoot!.querySelectorAll('assent-chart').length === 3 &&
        [...overview.shadowRoot!.querySelectorAll('assent-chart')].every((chart) => chart.shadowRoot!.querySelector('canvas')),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
  });
});
