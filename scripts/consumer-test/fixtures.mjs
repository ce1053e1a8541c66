// Sources the consumer test writes into its scratch projects.

// Lists the exports of each module specifier as the compiler sees them (bundler resolution).
export const LIST_EXPORTS = `const ts = require('typescript');
const specifiers = process.argv.slice(2);
const source = specifiers.map((specifier, index) => 'import * as m' + index + " from '" + specifier + "';").join('\\n');
const options = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: ['node'], noEmit: true };
const host = ts.createCompilerHost(options);
const read = host.getSourceFile;
host.getSourceFile = (file, ...rest) => (file.endsWith('__probe.ts') ? ts.createSourceFile(file, source, ts.ScriptTarget.ES2022) : read(file, ...rest));
const program = ts.createProgram([process.cwd() + '/__probe.ts'], options, host);
const checker = program.getTypeChecker();
const probe = program.getSourceFile(process.cwd() + '/__probe.ts');
const out = probe.statements.map((statement, index) => {
  const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
  return { specifier: specifiers[index], names: module ? checker.getExportsOfModule(module).map((symbol) => symbol.name).sort() : [] };
});
console.log(JSON.stringify(out));`;

// What an app and its server code write; type errors here are what users would hit.
export const USAGE_TS = `import { createConsent, defineConsentConfig, type ConsentOptions, type ConsentStore } from '@assent/core';
import { consentSnapshot } from '@assent/core/cookie';
import { regionFromHeaders } from '@assent/core/region';
import { ConsentProvider, Gate, useGranted } from '@assent/react';
import { ConsentGate, createAssent } from '@assent/vue';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createSSRApp, h } from 'vue';
import { createConsentUi, defineAssentBanner, type ConsentUi } from '@assent/banner';
import { definePreferences } from '@assent/banner/preferences';
import { startOutbox } from '@assent/server-sync/outbox';
import { createLedger, openSqliteStorage, openPostgresStorage, MissingDriverError, type LedgerStorage, type PostgresConnectionConfig } from '@assent/server-sync';
import { BrowserNotFoundError, FINDING_KINDS, findChromium, renderHtmlReport, scanSite, type Finding, type ScanOptions, type ScanProgress, type ScanReport } from '@assent/scanner';

const options: ConsentOptions = { revision: '2026-11' };
const store: ConsentStore = createConsent(options);
startOutbox(store, { endpoint: '/v1/consents' });
const ui: ConsentUi = createConsentUi(store, { privacyPolicyUrl: '/privacy' });
defineAssentBanner();
definePreferences();
export const shown: Promise<void> = ui.show();

export async function ledgerFor(location: string): Promise<LedgerStorage> {
  const config: PostgresConnectionConfig = { connectionString: location, idleTimeoutMillis: 1000 };
  try {
    return location.startsWith('postgres') ? await openPostgresStorage(config, { maxConnections: 4 }) : openSqliteStorage(location, { synchronous: 'NORMAL' });
  } catch (error) {
    if (error instanceof MissingDriverError) throw new Error(error.driver);
    throw error;
  }
}
export const ledger = createLedger({ storage: openSqliteStorage(':memory:') });

// A CI script around the scanner, as its README shows.
export async function audit(url: string): Promise<{ html: string; errors: Finding[] }> {
  let browserPath: string | undefined;
  try {
    browserPath = findChromium();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
  }
  const options: ScanOptions = { url, pages: 5, ...(browserPath ? { browserPath } : {}), onProgress: ({ passesDone, passesPlanned }: ScanProgress) => console.log(passesDone, passesPlanned) };
  const report: ScanReport = await scanSite(options);
  const errors = report.findings.filter((finding) => finding.severity === 'error' && FINDING_KINDS.includes(finding.kind));
  return { html: renderHtmlReport(report), errors };
}

// Framework bindings with ids typed from the site's config (Register), rendered on a server.
export const consentConfig = defineConsentConfig({ revision: '2026-11', categories: ['necessary', 'analytics'] });
declare module '@assent/core' {
  interface Register {
    config: typeof consentConfig;
  }
}
const region = regionFromHeaders(new Headers({ 'x-vercel-ip-country': 'US' }), { cdn: 'vercel' });
const initial = consentSnapshot('', { ...consentConfig, region });
function Analytics() {
  // @ts-expect-error -- a misspelt id is a type error once the config is registered
  useGranted('analytcs');
  return useGranted('analytics') ? 'on' : 'off';
}
export const reactHtml: string = renderToString(
  createElement(ConsentProvider, { options: consentConfig, initial }, createElement(Gate, { category: 'analytics', fallback: 'off' }, createElement(Analytics))),
);
const vueApp = createSSRApp({ render: () => h(ConsentGate, { category: 'analytics' }, { default: () => 'on', fallback: () => 'off' }) });
vueApp.use(createAssent({ options: consentConfig, initial }));
export { vueApp };
`;

export const APP_TS = `import { createConsent } from '@assent/core';
import { createConsentUi } from '@assent/banner';
import { startOutbox } from '@assent/server-sync/outbox';

const store = createConsent({ revision: '1' });
startOutbox(store, { endpoint: '/v1/consents' });
const ui = createConsentUi(store, { privacyPolicyUrl: '/privacy' });
if (store.needsDecision) void ui.show();
`;
