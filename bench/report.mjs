// docs/benchmarks.md: the table of one run plus how every figure is measured. Generated only —
// a hand edit is overwritten by the next `pnpm bench`.
import { fmt } from './lib/stats.mjs';

const METHOD = `## How each figure is measured

**Script-tag size.** The files a site includes by script tag, as published on npm (competitors,
installed as exact-pinned dev dependencies of \`bench/\`) or as built by \`@assent/banner\`
(\`packages/banner/dist/script/\`). Each file is compressed on its own — gzip level 9 and brotli
quality 11, as \`scripts/measure-bundle.mjs\` does for the size budgets — and a case's files are
added up, because a server compresses each response separately. *Returning visitor*: \`assent.js\`
alone (a stored decision needs no UI). *First visit, English*: \`assent.js\`, the banner chunk
\`assent-ui.js\` and every chunk it imports statically; the preferences dialog and other locales
load only on demand and are not counted. The time-to-banner run lists the files the browser really
fetched, as a cross-check. vanilla-cookieconsent v3: \`cookieconsent.umd.js\` + \`cookieconsent.css\`;
Klaro: \`klaro.js\` (its CSS and translations built in); tarteaucitron: \`tarteaucitron.min.js\`,
\`lang/tarteaucitron.en.min.js\`, \`tarteaucitron.services.min.js\`, \`css/tarteaucitron.min.css\`;
Osano cookieconsent: \`cookieconsent.min.js\` + \`cookieconsent.min.css\`.

**Time to banner.** One static page (an article, a header and a footer; \`bench/banner-time/pages.mjs\`)
served by a small node:http server on 127.0.0.1 without compression, in four versions: with
Assent as \`packages/banner/README.md\` documents it (Consent Mode defaults and \`window.assentConfig\`
inline, \`<script async src="assent.js">\`, all in \`<head>\`; \`bench/lib/integrations.mjs\`), with
Assent's previous bench page (a plain \`<script>\` at the end of \`<body>\`, labelled), with vanilla-cookieconsent v3 set up as its documentation shows for a script
tag (CSS in \`<head>\`, UMD build and \`CookieConsent.run()\` at the end of \`<body>\`, \`hideFromBots:
false\`), and with no consent manager. Both consent managers: four categories (necessary,
functional, analytics, advertising), English, opt-in, a privacy-notice link. Each load uses a new
browser context of one headless Chromium (a fresh profile: no cookies, storage or HTTP cache), so
every load is a first visit. Rounds alternate which of the two goes first; the page without a
consent manager follows in every round; warm-up rounds are discarded. An init script
(\`bench/banner-time/probe.mjs\`) runs before the page's own scripts:
- *script start*: \`performance.mark('cmp-start')\` by an inline script placed right before the
  consent manager's \`<script>\` tags, i.e. when its scripts begin to run (Assent as documented: its
  first tag in \`<head>\`, so this includes the parse of the page; *navigation start → banner
  visible* is the like-for-like figure and the headline). An inline script waits
  for stylesheets still loading, so for cookieconsent this is after its CSS in \`<head>\` arrived;
  *navigation start → banner visible* includes every fetch for both.
- *banner visible*: the first animation frame (checked in a \`requestAnimationFrame\` loop, i.e.
  just before that frame is painted) in which the banner box — \`<assent-banner>\`'s
  \`[part=base]\`, or cookieconsent's \`#cc-main .cm\` — has a non-empty box inside the viewport and
  \`checkVisibility({ opacityProperty, visibilityProperty })\` is true. Resolution: one frame
  (16.7 ms), for both alike.
- *banner settled*: the first later frame in which the box is fully opaque and did not move since
  the previous frame (entry animation done: Assent 180 ms, cookieconsent ~250 ms of transitions).
- *long-task time*: the sum of \`longtask\` entries (tasks over 50 ms) from navigation start until
  500 ms after the banner settled.
- *main-thread task time added*: Chromium's \`TaskDuration\` metric (DevTools protocol
  \`Performance.getMetrics\`) at the end of that window, minus the median of the page without a
  consent manager.
- *CLS*: the sum of all \`layout-shift\` entries without recent input over the same window.

**Lighthouse.** \`lighthouse\` (exact-pinned dev dependency of \`bench/\`), its CLI run once per page
load, performance category only, in a fresh headless Chromium each time (Debian's; a new profile, so
a first visit with the banner up), \`mobile\` (default) and \`desktop\` (\`--preset=desktop\`) presets,
simulated throttling (Lantern: the figures are simulated from the observed load's dependency graph,
so the shared machine's load moves them far less than wall-clock times). One page
(\`bench/lighthouse/pages.mjs\`: a header, a 960 × 540 hero PNG of ≈200 KB as the LCP, six
paragraphs) served gzip-compressed from 127.0.0.1, every file but the page answered 60 ms late
(all versions alike: Lantern simulates from the observed load, and from loopback with no delay an
async script always arrives, and is counted, before the first paint), in versions: no consent manager (the reference of
every Δ); Assent as documented; Assent as documented plus a UI preload hint (measured, not recommended); the
documented alternative for a config in its own file (both scripts \`defer\`); Assent as the
README showed it at first (a plain \`<script>\` in \`<head>\`); vanilla-cookieconsent v3 as in
the time-to-banner run. Runs go round-robin over the versions; each figure is the median of the
runs. With Debian's Chromium a few trace-based audits error ("frame_sequence"); FCP, LCP, TBT, CLS
and the score come out. TBT comes from the observed main thread, so it moves most with other load on the
machine.

**Phone screen.** \`bench/viewport-share/\`: for every locale Assent ships, one page with Assent as
documented (\`locale\` set in the config) and one with vanilla-cookieconsent v3 given the same words
(title, text with the privacy link, Accept all / Reject all / Customise, taken from Assent's locale
file), each in its default layout, loaded in headless Chromium emulating a 320 × 568 phone (mobile,
touch, 2× pixels). Once every entrance animation has finished, the share is the area of the
banner's box (\`assent-banner\` → \`[part~=base]\`, or \`#cc-main .cm\`) inside the viewport ÷ the
viewport's area. One load per page: layout does not vary between loads.

**Ledger over HTTP.** \`bench/ledger/http-rounds.mjs\`: every server in a process of its own on
127.0.0.1 — a no-op node:http handler (POST reads the body and answers 201; GET answers a body the
size of a check's), the ledger on a SQLite file (WAL, \`synchronous=FULL\`), and on one PostgreSQL
cluster (fsync on) the ledger served by 1 process and by 2 (\`assent-ledger serve --workers N\` when
the built CLI has that flag, else \`bench/ledger/ledger-server.mjs\`, the same handler and
\`createLedgerServer\` as a node:cluster primary with N workers; the row names which ran), both on
the same database. Every load runs in a fresh child process: \`autocannon\` (exact-pinned dev
dependency of \`bench/\`, its JS API), 50 keep-alive connections, pipelining 1. First autocannon
writes one record for each preloaded consent id (10,000; each must answer 2xx). *Ingest*: POST
/v1/consents, each body with a fresh record id (\`setupRequest\`), half extending a random preloaded
chain, half starting a new consent id. *Check under saturation*: GET /v1/consents/{id} of a random
preloaded id. Arms run in alternating rounds, the order rotating each round, after an unmeasured
warm-up of each; a figure is the median round, the range over rounds beside it, and a ratio is the
median of each round's figure over the same round's no-op figure. Only 2xx answers count as done
(non-2xx and socket errors are printed when there are any); latencies are per 2xx answer, taken in
float milliseconds from autocannon's \`response\` event (its own histogram keeps whole
milliseconds). *Check at a fixed rate*: autocannon's \`overallRate\` gives each connection a quota
per second that it spends back to back at the start of every second (and 8.0.0's
coordinated-omission correction assumes a 1 ms interval, so it is turned off), i.e. bursts; the even
rate comes from the bench's own paced generator (\`bench/ledger/paced-client.mjs\`: request i due at
i ÷ rate, at most 50 sockets, latency from the due time so queueing counts), the one load
autocannon cannot express; autocannon's \`-R\` figures are printed beside it. *Server CPU per
record*: user + system time of each server's process tree (\`/proc/<pid>/stat\` of the process and
its live descendants, plus its reaped children) and of the whole PostgreSQL cluster (the postmaster's
tree: backends, WAL writer, checkpointer, autovacuum), read before and after each round and divided
by that round's 2xx answers; unlike a rate, it does not depend on the load generator sharing the
cores. On this 2-core machine autocannon, the ledger process(es) and PostgreSQL share two cores, so
"what a second ledger process buys" is what it buys here, not on a machine with a core per process.
After the runs, every hash chain and the log of both stores are verified
(\`ledger.verify()\`; PostgreSQL's were written by both arms).

**Ledger in process.** \`packages/server-sync/bench/ledger.bench.mjs\` with \`BENCH_HTTP=0\` (its own
HTTP runs, with a load generator of its own, are skipped), read from the JSON it writes: in-process
\`ledger.record\` (waves of 1,000 concurrent calls) next to a raw better-sqlite3 insert of 256 rows
per transaction, and 20,000 sequential \`ledger.check\` calls, each followed by the raw indexed
lookup of the latest record of the same consent id on the same file (\`SELECT … ORDER BY seq DESC
LIMIT 1\`, the database's floor for a check).

**Scale.** A fresh SQLite file and a fresh PostgreSQL cluster (fsync on), each through the
ledger's own storage and schema. The store is grown to each size by a raw bulk insert through that
schema (\`INSERT … SELECT\` generated in the database, 100,000 rows a statement; chains of two
records, consent ids spread over the key space; chain heads beside them; PostgreSQL then
\`ANALYZE\`d). At each size: checks of random preloaded consent ids, each interleaved with a raw
indexed lookup of the latest record of another random id (\`SELECT … WHERE consent_id = ? ORDER BY
seq DESC LIMIT 1\`: the database's floor for a check); then ledger.record in waves of 1,000
concurrent submissions (half extend a random chain, half start a new one), alternating wave by wave
with the same waves into a second store of the same kind kept at the smallest size — that store's
rate, taken at the same moments, is the ingest reference, so the ratio shows what the size costs
rather than what else the machine was doing. One unmeasured wave goes to each store first (the bulk
load leaves the ledger's caches cold); each rate is the median wave's. Sizes are the preloaded
counts; each size's ingest adds its records on top.

**Transparency log.** \`bench/ledger/log-ingest.mjs\`: two fresh ledgers of one store kind, one with
the transparency log on (the default; a signer key, so checkpoints are signed on the default
schedule of 10,000 records or 60 s) and one opened with \`transparencyLog: false\` (the option that
exists to measure the log's cost), SQLite files with the ledger's defaults (WAL,
\`synchronous=FULL\`) and two databases of one PostgreSQL cluster (fsync on). Both are measured
through the two paths of the ledger rows: in-process \`ledger.record\` (waves of 1,000 concurrent
calls into the group commit; a round is a fixed number of records) and HTTP \`POST /v1/consents\`
(each ledger served by \`bench/ledger/ledger-server.mjs\` in a process of its own, loaded by
autocannon in another, 50 keep-alive connections, the ingest requests of the ledger rows; a round is
a fixed time, after an unmeasured warm-up of each arm; only 2xx counted). Rounds alternate which
arm goes first; the ratio is the median of each round's on ÷ the same round's off, and the range
over rounds is printed beside it, so other load on the machine shows as spread rather than as a
bias. \`bench/ledger/log-proofs.mjs\`: a ledger preloaded raw to the largest size with the log off
(as the scale runs preload), then opened with the log on: the open gives every record its leaf in
commit order, 10,000 per transaction (the *catch-up*, i.e. what migrating an existing ledger costs),
timed beside the raw preload of the same records. Then, sequentially: \`ledger.log.inclusion\`
for random stored record ids (the API a receipt check calls: leaf lookup, latest checkpoint,
proof), the raw \`inclusionProof\` over random leaf indexes against \`storage.log.hashes\`, and
\`ledger.log.consistency\` from a random earlier size to the current one — the first proofs of each
kind are checked against the signed checkpoint's root before they count. Last, the log half of
\`verify\` (\`verifyLog\`: rebuild the tree from every leaf, compare every stored node, the frontier
and every checkpoint) on its own, because the preloaded records' hashes are synthetic and the chain
half would only report them. The proof functions and \`verifyLog\` are not exported from the
package's dist, so \`bench/ledger/log-internals.mjs\` bundles them from its sources with esbuild.

**Statistics.** \`bench/ledger/statistics.mjs\`: a ledger file (SQLite with the ledger's defaults;
PostgreSQL as the log section runs it) preloaded raw to the size (records one second apart, back
from now, as the scale runs preload; no counters), then the schema put back before migration 5 and
the store reopened, so that migration's backfill counts every record — timed beside the raw preload
(what upgrading a ledger of that size costs). Then, sequentially on one connection, after one
untimed call each: \`ledger.statistics({ from, to })\` over the 90 UTC days up to today (the
overview: every day, the total, per category), \`statistics({ from, to, by: 'region' })\`, and the
reference the console issue names — \`SELECT day, method, count(*) … WHERE recorded_at in the range
GROUP BY day, method\` over the records (SQLite: \`substr(recorded_at, 1, 10)\`; PostgreSQL:
\`to_char(recorded_at AT TIME ZONE 'UTC', …)\` after \`ANALYZE\`), which answers less than the
overview (no categories, no \`gpcSignal\`). Before the figures count, the counters' total and the
scan's sum must both equal the number of records. The issue's budget is 200 ms for the overview at
1 M and 10 M records. **Only 1 M is measured** (both stores): on this 2-core machine the 10 M run
does not finish in reasonable time — at 1 M, SQLite's raw preload took 31–33 s and the counter
backfill 49–98 s (two runs, depending on the machine's load; PostgreSQL 59 s and 137 s), so 10 M
would spend about 5 and 8–16 minutes there before the first query, PostgreSQL longer still. The overview reads the counters only (a few rows per day and value), whose
number does not grow with the ledger, so its time at 10 M is not expected to differ; the scan's
grows with the records. \`statsSizes\` in \`bench/run.mjs\` takes 10 M for a longer run.

**Scanner.** \`bench/scanner/\`: \`scanSite()\` of the built \`@assent/scanner\` on the scanner's own
fixture site (\`packages/scanner/test-support/fixture-site.mjs\`, clean variant, 4 + 16 extra pages
= 20, all in its sitemap, three loopback sites), \`pages: 20\`, the default concurrency of 2, once
with the issue's three passes (before-consent, after-reject, after-accept) and once with all four
(the default: after-withdraw too). One headless Chromium, started as \`scripts/chromium.mjs\` does,
is handed to \`scanSite()\` as \`browser\` and drives the reference too. *Reference*: what any crawler
pays that loads each page in a fresh browser context — the same 20 pages (read from the sitemap;
each scan is checked to have covered them all, in every pass), two at once, each given as many
fresh contexts (1280 × 800, en-GB, as the scanner's) one after another as the scan has passes,
each only \`page.goto(url, { waitUntil: 'load' })\` + \`waitForLoadState('networkidle')\`, then
closed. Pages per minute = 20 ÷ the round's wall time (a scan's includes its sitemap read, crawl and
judging). A round runs the 3-pass scan and its reference, then the 4-pass pair; the next round
swaps the order within each pair; an unmeasured reference round warms the browser up first. Each
figure is the median round (the range over rounds follows it); the ratio is scanner ÷ reference
pages per minute. *One pass*: during the last 3-pass scan, \`browser.newContext\` is wrapped from the
bench (the scanner's source is untouched) and every Playwright call on the context and its page is
timed: new context and page with the scanner's init script and binding; \`goto\`/\`reload\` to
\`load\`; \`waitForLoadState('networkidle')\`; \`waitForTimeout\` (the scanner's 500 ms settle);
\`page.evaluate\`; closing the context; the rest of the pass (cookies, storage read in every frame,
the first page's screenshot) is what is left. Means per pass, beside the reference's per-context
means. By design a pass waits for network idle (no request for 500 ms — the reference pays that
too) and then 500 ms more, after every load and every decision: before-consent one load,
after-reject and after-accept a load, a decision and a reload, after-withdraw two decisions and a
reload, i.e. at least 1, 3, 3 and 4.5 s of waiting against at least 0.5 s a context for the
reference; most of the gap is that waiting, not work. This is a shared 2-core machine: the load average was 12–18 through the run behind these figures, so every time here is several times what the machine at rest gives (the reference's new context alone took 1.4 s), and rounds of one arm differed by up to 19 % (reference, 3 passes: 12.6–15.0 pages/min). Read the ratio, not the pages per minute, and expect even the ratio to move from run to run.`;

/**
 * @param {{ plan: Record<string, unknown>, machine: { cpu: string, node: string, loadBefore: number[], loadAfter: number[], seconds: number }, table: string, notes: string[], summary: Record<string, any> }} report
 */
export function writeReport({ plan, machine, table, notes, summary, keptHeadlines = [], updated }) {
  const load = (values) => values.map((value) => value.toFixed(2)).join(' / ');
  const headlines = [...keptHeadlines];
  if (summary.size) headlines.push(`- Size: ${summary.size}.`);
  if (summary.banner) {
    const { ratio, assentMedian, cookieconsentMedian, assentMaxCls, cookieconsentMaxCls } = summary.banner;
    headlines.push(
      `- Time to banner (navigation start → visible, median; Assent async in head as documented): Assent ${fmt(assentMedian, 1)} ms, vanilla-cookieconsent v3 ${fmt(cookieconsentMedian, 1)} ms — ratio ${fmt(ratio, 2)}. Largest CLS over all loads: Assent ${fmt(assentMaxCls, 4)}, cookieconsent ${fmt(cookieconsentMaxCls, 4)}.`,
    );
  }
  if (summary.lighthouse) {
    const { preset, assent, assentPreload, assentDeferred, cookieconsent } = summary.lighthouse;
    const cost = ({ fcp, lcp }) => `FCP ${fmt(fcp)} ms, LCP ${fmt(lcp)} ms`;
    headlines.push(
      `- Lighthouse (${preset}, median), cost over the page without a consent manager: Assent as documented ${cost(assent)}; with the UI preload hint ${cost(assentPreload)}; config file + both defer ${cost(assentDeferred)}; vanilla-cookieconsent v3 ${cost(cookieconsent)}.`,
    );
  }
  if (summary.viewport) headlines.push(`- ${summary.viewport}`);
  if (summary.ledger) headlines.push(summary.ledger);
  if (summary.log) headlines.push(summary.log);
  if (summary.stats) headlines.push(`- ${summary.stats}`);
  if (summary.scanner) headlines.push(`- ${summary.scanner}`);
  const order = ['- Size', '- Time to banner', '- Lighthouse', '- Phone screen', '- Ledger over HTTP', '- Transparency log', '- Statistics', '- Scanner'];
  headlines.sort((a, b) => order.findIndex((prefix) => a.startsWith(prefix)) - order.findIndex((prefix) => b.startsWith(prefix)));
  return `# Benchmarks

<!-- Generated by \`pnpm bench\` (bench/run.mjs). Do not edit by hand: run it again. -->

Assent next to other consent managers and next to references measured **in the same run, on the
same machine**: no figure here is an absolute time alone. Absolute times depend on the machine and
on what else it was doing; the ratios are what carry over.

| run | ${plan.mode} |
|---|---|
| date | ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC |
| machine | ${machine.cpu}, Node ${machine.node} |
| load average (1 / 5 / 15 min) | before ${load(machine.loadBefore)}, after ${load(machine.loadAfter)} |
| duration | ${fmt(machine.seconds)} s |${updated ? `\n| sections of this run | ${updated.sections.join(', ')} |\n| rows by section | ${updated.provenance} |` : ''}
| settings | ${plan.bannerRounds} loads per arm (+${plan.bannerWarmup} warm-up rounds); Lighthouse ${plan.lighthouseRuns} runs per page and preset (${plan.lighthousePresets.join(', ')}), files answered ${plan.lighthouseFileDelayMs} ms late; ledger HTTP runs ${plan.ledgerSeconds} s × ${plan.ledgerRounds} rounds (${plan.ledgerLatencyRounds} at ${fmt(plan.ledgerRate)} req/s), ${plan.ledgerWarmupSeconds} s warm-up, ${fmt(plan.ledgerChains)} chains; scale sizes ${plan.scaleSizes.map((n) => fmt(n)).join(', ')}, ${plan.scaleRounds} alternating rounds of ${plan.scaleSeconds} s per load and size (${plan.scaleWarmupSeconds} s warm-up); transparency log on/off in ${plan.logProcessRounds} in-process rounds of ${fmt(plan.logRecords)} records and ${plan.logRounds} HTTP rounds of ${plan.logHttpSeconds} s, proofs at ${fmt(plan.logProofSize)} records (${fmt(plan.logProofCount)} of each kind); statistics at ${plan.statsSizes.map((n) => fmt(n)).join(', ')} records (PostgreSQL at ${plan.statsPostgresSizes.map((n) => fmt(n)).join(', ')}), ${plan.statsQueries} calls and ${plan.statsScans} scans each; scanner ${plan.scannerRounds} alternating rounds (+${plan.scannerWarmup} warm-up reference round) |

${headlines.join('\n')}

${table}

${notes.join('\n\n')}

${METHOD}

## Reproduce

\`\`\`sh
pnpm bench                     # full run${updated ? '' : `, about ${fmt(Math.ceil(machine.seconds / 60))} minutes here`}; writes this file
pnpm bench --quick             # smoke run, printed only (this file is left as it is)
node bench/run.mjs --only=size # one section, printed only (size, banner, lighthouse, viewport, ledger, scale, log, stats, scanner; after \`pnpm run build\`)
node bench/run.mjs --only=lighthouse --update   # one section, full settings; replaces only its rows here
\`\`\`

Load only ever goes to 127.0.0.1 and every run is bounded in count and time. Needs Chromium at
\`/usr/bin/chromium\` (or \`CHROMIUM_PATH\`) and PostgreSQL server binaries, as the tests do
(\`scripts/ensure-system-packages.sh\`).
`;
}

/** The results table's sections, in the order a full run writes them, by the start of their heading. */
const SECTIONS = {
  size: 'Script-tag size',
  banner: 'Time to banner',
  lighthouse: 'Lighthouse',
  viewport: "First layer's share",
  ledger: 'Ledger',
  scale: 'Scale',
  scale10m: '10 M records',
  log: 'Transparency log',
  stats: 'Statistics',
  scanner: 'Scanner',
};
const HEADLINES = {
  size: '- Size',
  banner: '- Time to banner',
  lighthouse: '- Lighthouse',
  viewport: '- Phone screen',
  ledger: '- Ledger over HTTP',
  log: '- Transparency log',
  stats: '- Statistics',
  scanner: '- Scanner',
};

/**
 * The report after a partial full-settings run (\`--only=… --update\`): the sections it ran replace
 * theirs, every other row, headline and note of the existing file stays as it was.
 * @param {string} previous the current docs/benchmarks.md
 * @param {Parameters<typeof writeReport>[0] & { sections: string[] }} report
 */
export function updateReport(previous, { sections, table, notes, ...report }) {
  const lines = previous.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| Measure |'));
  if (start < 0) throw new Error('docs/benchmarks.md has no results table: run a full pnpm bench first');
  let end = start;
  while (lines[end + 1]?.startsWith('|')) end++;
  const sectionOf = (line) => Object.keys(SECTIONS).find((key) => line.startsWith(`| **${SECTIONS[key]}`));
  /** @param {string[]} rows */
  const group = (rows) => {
    const groups = {};
    let current;
    for (const row of rows) {
      current = sectionOf(row) ?? current;
      if (current) (groups[current] ??= []).push(row);
    }
    return groups;
  };
  const old = group(lines.slice(start + 2, end + 1));
  const fresh = group(table.split('\n').slice(2));
  const merged = Object.keys(SECTIONS).flatMap((key) => (sections.includes(key) ? (fresh[key] ?? []) : (old[key] ?? [])));
  const keptHeadlines = lines
    .slice(0, start)
    .filter((line) => Object.entries(HEADLINES).some(([key, prefix]) => !sections.includes(key) && line.startsWith(prefix)));
  const methodAt = lines.findIndex((line) => line.startsWith('## How each figure is measured'));
  const oldNotes = lines
    .slice(end + 1, methodAt)
    .join('\n')
    .trim();
  // Where each section's rows come from: kept from the previous file, or (first update after a full
  // run) that run's date and load for every section; the sections run now get this run's.
  const cell = (name) => new RegExp(`^\\| ${name} \\| (.+) \\|$`, 'm').exec(previous)?.[1]?.trim();
  const before = Object.fromEntries(
    (cell('rows by section') ?? '')
      .split('; ')
      .map((part) => /^(\w+): (.+)$/.exec(part))
      .filter(Boolean)
      .map((match) => [match[1], match[2]]),
  );
  const load = (values) => values.map((value) => value.toFixed(2)).join(' / ');
  const fullRun = `${cell('date') ?? 'an earlier run'} (load ${cell('load average \\(1 / 5 / 15 min\\)') ?? 'not recorded'})`;
  const now = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (load ${load(report.machine.loadBefore)} before, ${load(report.machine.loadAfter)} after)`;
  const provenance = Object.keys(SECTIONS)
    .filter((key) => sections.includes(key) || old[key])
    .map((key) => `${key}: ${sections.includes(key) ? now : (before[key] ?? fullRun)}`)
    .join('; ');
  return writeReport({
    ...report,
    table: [...table.split('\n').slice(0, 2), ...merged].join('\n'),
    notes: [oldNotes, ...notes].filter(Boolean),
    keptHeadlines,
    updated: { sections, provenance },
  });
}
