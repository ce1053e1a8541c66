// Consumer test: installs the packages as a user would get them from the registry and uses them.
//
// Every workspace package is packed with `pnpm pack` (not `npm pack`: pnpm rewrites `workspace:*`
// dependencies to the real versions and applies `publishConfig`, exactly as `pnpm publish` will),
// then plain npm installs the tarballs into scratch projects in the OS temp folder, outside the
// workspace, so nothing resolves from the monorepo:
//   - an SPA: @assent/core, @assent/banner, @assent/server-sync, @assent/react, @assent/vue and
//     @assent/scanner (a dev tool, with playwright-core), with vite, typescript, react, vue (and
//     @types/node, for the ledger's Node entry) from the registry; its usage file renders the React
//     and Vue bindings on the server with typed ids registered from the published declarations. It must install no database
//     driver; every entry of every package (from each package.json "exports") must import in
//     Node, except the script-tag files (assent.js, assent.all.js), which are browser-only IIFEs
//     and are only compiled (vm.Script), not run; the declarations must type-check in strict mode
//     with skipLibCheck off, under moduleResolution bundler, node16 and nodenext, without any
//     driver or driver types installed; `vite build` of a small app (createConsent + banner +
//     outbox) must contain no Node builtin and no driver code. There too, `npx assent-scan`:
//     --help, --version, a bad URL (exit 2), the schema.json entry, and, when a system Chromium is
//     at /usr/bin/chromium (else skipped), a real one-page scan of a page this process serves.
//   - a ledger server: @assent/server-sync with better-sqlite3 (built from source here, against
//     this machine's Node headers): `npx assent-ledger --help`, `serve` on a free port, one record
//     POSTed over HTTP, then `export` and `verify` on the same database.
// Run after `pnpm build`. Prints one line per check (details only on failure), writes
// .test-results/consumer.json and exits non-zero if any check failed. ASSENT_CONSUMER_KEEP=1 keeps
// the scratch folder for a look. The checks of each project are in consumer-test/ (spa.mjs,
// scanner.mjs, server.mjs), with their harness and the sources they write.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, check, checks, exportTargets, npmInstall, PACKAGES, readJson, root, run, VERSIONS } from './consumer-test/harness.mjs';
import { checkScannerCli } from './consumer-test/scanner.mjs';
import { checkServerProject } from './consumer-test/server.mjs';
import { checkSpaProject } from './consumer-test/spa.mjs';

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'assent-consumer-'));
const tarballs = {};
const packed = {};
const spa = join(scratch, 'spa');
const server = join(scratch, 'server');

try {
  // 1. Pack.
  const packDir = join(scratch, 'tarballs');
  mkdirSync(packDir);
  for (const name of PACKAGES) {
    await check(`pack @assent/${name} (pnpm pack)`, () => {
      const before = new Set(readdirSync(packDir));
      run('pnpm', ['pack', '--pack-destination', packDir], { cwd: join(root, 'packages', name) });
      const [file] = readdirSync(packDir).filter((entry) => !before.has(entry));
      assert(file?.endsWith('.tgz'), `no tarball written for @assent/${name}`);
      tarballs[name] = join(packDir, file);
      const unpacked = join(scratch, 'unpacked', name);
      mkdirSync(unpacked, { recursive: true });
      run('tar', ['-xzf', tarballs[name], '-C', unpacked]);
      packed[name] = join(unpacked, 'package');
    });
  }

  for (const name of PACKAGES) {
    await check(`@assent/${name} tarball: README, LICENSE, CHANGELOG, every "exports" and "bin" target; no workspace: ranges or source-only conditions`, () => {
      const dir = packed[name];
      assert(dir, 'not packed');
      const pkg = readJson(join(dir, 'package.json'));
      const missing = ['README.md', 'LICENSE', 'CHANGELOG.md'].filter((file) => !existsSync(join(dir, file)));
      for (const [subpath, target, conditions] of exportTargets(pkg, dir)) {
        if (!existsSync(join(dir, target))) missing.push(`${target} (exports["${subpath}"] ${conditions.join('/') || 'default'})`);
      }
      for (const target of Object.values(pkg.bin ?? {})) if (!existsSync(join(dir, target))) missing.push(`${target} (bin)`);
      if (pkg.types && !existsSync(join(dir, pkg.types))) missing.push(`${pkg.types} (types)`);
      if (pkg.main && !existsSync(join(dir, pkg.main))) missing.push(`${pkg.main} (main)`);
      assert(!missing.length, `not in the tarball: ${missing.join(', ')}`);
      const text = JSON.stringify(pkg);
      assert(!text.includes('workspace:'), `package.json keeps a workspace: range: ${text.match(/"[^"]*":"workspace:[^"]*"/)?.[0]}`);
      assert(!text.includes('@assent/source'), 'package.json keeps the "@assent/source" condition (it points to src/, which is not published)');
      assert(pkg.publishConfig?.access === 'public', 'publishConfig.access is not "public" (a scoped package would publish as private)');
      for (const field of ['description', 'license', 'repository', 'homepage', 'keywords']) assert(pkg[field], `package.json has no ${field}`);
    });
  }

  // 2. Scratch projects; both installs run at once (the server's better-sqlite3 compiles meanwhile).
  mkdirSync(join(spa, 'src'), { recursive: true });
  mkdirSync(server);
  writeFileSync(join(spa, 'package.json'), JSON.stringify({ name: 'assent-consumer-spa', private: true, type: 'module' }, null, 2));
  writeFileSync(join(server, 'package.json'), JSON.stringify({ name: 'assent-consumer-server', private: true, type: 'module' }, null, 2));
  const assentTarballs = PACKAGES.map((name) => tarballs[name]).filter(Boolean);
  const installs = await Promise.allSettled([
    npmInstall(spa, [
      ...assentTarballs,
      ...['vite', 'typescript', '@types/node', 'react', 'react-dom', '@types/react', '@types/react-dom', 'vue'].map((name) => `${name}@${VERSIONS[name]}`),
    ]),
    npmInstall(server, [tarballs['server-sync'], tarballs.core, tarballs.console, `better-sqlite3@${VERSIONS['better-sqlite3']}`].filter(Boolean)),
  ]);
  await checkSpaProject(spa, installs[0]);
  await checkScannerCli(spa, installs[0]);
  await checkServerProject(server, installs[1]);
} finally {
  const failed = checks.filter((entry) => !entry.ok).length;
  const skipped = checks.filter((entry) => entry.skipped).length;
  const passed = checks.length - failed - skipped;
  mkdirSync(join(root, '.test-results'), { recursive: true });
  writeFileSync(join(root, '.test-results/consumer.json'), JSON.stringify({ passed, failed, skipped, checks }, null, 2));
  if (process.env.ASSENT_CONSUMER_KEEP) console.log(`scratch projects kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
  console.log(
    `consumer test: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  process.exitCode = failed ? 1 : 0;
}
