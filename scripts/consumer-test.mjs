// Consumer test: installs the packages as a user would get them from the registry and uses them.
//
// Every workspace package is packed with `pnpm pack` (not `npm pack`: pnpm rewrites `workspace:*`
// dependencies to the real versions and applies `publishConfig`, exactly as `pnpm publish` will),
// then plain npm installs the tarballs into scratch projects in the OS temp folder, outside the
// workspace, so nothing resolves from the monorepo:
//   - an SPA: @assent/core, @assent/banner and @assent/server-sync, with vite and typescript (and
//     @types/node, for the ledger's Node entry) from the registry. It must install no database
//     driver; every entry of every package (from each package.json "exports") must import in
//     Node, except the script-tag files (assent.js, assent.all.js), which are browser-only IIFEs
//     and are only compiled (vm.Script), not run; the declarations must type-check in strict mode
//     with skipLibCheck off, under moduleResolution bundler, node16 and nodenext, without any
//     driver or driver types installed; `vite build` of a small app (createConsent + banner +
//     outbox) must contain no Node builtin and no driver code.
//   - a ledger server: @assent/server-sync with better-sqlite3 (built from source here, against
//     this machine's Node headers): `npx assent-ledger --help`, `serve` on a free port, one record
//     POSTed over HTTP, then `export` and `verify` on the same database.
// Run after `pnpm build`. Prints one line per check (details only on failure), writes
// .test-results/consumer.json and exits non-zero if any check failed. ASSENT_CONSUMER_KEEP=1 keeps
// the scratch folder for a look.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'assent-consumer-'));
const PACKAGES = ['core', 'banner', 'server-sync'];
const DRIVERS = ['better-sqlite3', 'pg', '@types/better-sqlite3', '@types/pg'];
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const rootJson = readJson(join(root, 'package.json'));
// The same tool versions the workspace uses, so a failure here is about the packages.
const VERSIONS = {
  typescript: rootJson.devDependencies.typescript,
  '@types/node': rootJson.devDependencies['@types/node'],
  vite: readJson(join(root, 'examples/spa/package.json')).devDependencies.vite,
  'better-sqlite3': readJson(join(root, 'packages/server-sync/package.json')).devDependencies['better-sqlite3'],
};

// Children get a clean environment: pnpm's NODE_PATH would let Node find the workspace's copies
// of the drivers, and its npm_* variables would configure npm.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_PATH' && !/^npm_/i.test(name)));
// better-sqlite3 compiles against this machine's Node headers (no download of headers or prebuilds).
env.npm_config_nodedir = process.env.npm_config_nodedir || '/usr';

const checks = [];
async function check(name, body) {
  const t0 = performance.now();
  try {
    // A check may return details for consumer.json (what was installed, how long it took).
    const detail = await body();
    checks.push({ name, ok: true, ms: Math.round(performance.now() - t0), ...(detail && { detail }) });
    console.log(`✓ ${name}`);
  } catch (error) {
    checks.push({ name, ok: false, ms: Math.round(performance.now() - t0), error: String(error?.message ?? error) });
    console.log(`✗ ${name}\n${String(error?.stack ?? error).replace(/^/gm, '    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a command to completion; throws with its output unless it exits 0 (or `status`). */
function run(command, args, { cwd, status = 0, input, extraEnv } = {}) {
  const child = spawnSync(command, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', input, maxBuffer: 64 << 20 });
  if (child.error) throw child.error;
  if (child.status !== status)
    throw new Error(`${command} ${args.join(' ')} exited with ${child.status} (expected ${status})\n${child.stdout}\n${child.stderr}`);
  return child;
}
/** The same, without blocking: two npm installs run side by side. */
function runAsync(command, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`))));
  });
}
const npmInstall = async (cwd, specs) => {
  const t0 = performance.now();
  await runAsync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], { cwd });
  const lock = readJson(join(cwd, 'package-lock.json'));
  const installed = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/'));
  return {
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    packages: installed.length,
    native: installed.filter((path) => lock.packages[path].hasInstallScript),
  };
};

/** Every file an "exports" map makes importable: [subpath, file relative to the package, conditions]. */
function exportTargets(pkg, packageDir) {
  const targets = [];
  const leaves = (value, conditions = []) =>
    typeof value === 'string' ? [[value, conditions]] : Object.entries(value).flatMap(([condition, inner]) => leaves(inner, [...conditions, condition]));
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    for (const [target, conditions] of leaves(value)) {
      if (!target.includes('*')) {
        targets.push([subpath, target, conditions]);
        continue;
      }
      // A pattern: every file of its folder that matches, as Node would resolve it.
      const [before, after] = target.split('*');
      const folder = join(packageDir, before.slice(0, before.lastIndexOf('/')));
      const prefix = before.slice(before.lastIndexOf('/') + 1);
      const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith(prefix) && name.endsWith(after)) : [];
      if (!names.length) targets.push([subpath, target, conditions]); // reported as missing
      for (const name of names) {
        const stem = name.slice(prefix.length, name.length - after.length);
        targets.push([subpath.replace('*', stem), target.replace('*', stem), conditions]);
      }
    }
  }
  return targets;
}

// Lists the exports of each module specifier as the compiler sees them (bundler resolution).
const LIST_EXPORTS = `const ts = require('typescript');
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
const USAGE_TS = `import { createConsent, type ConsentOptions, type ConsentStore } from '@assent/core';
import { createConsentUi, defineAssentBanner, type ConsentUi } from '@assent/banner';
import { definePreferences } from '@assent/banner/preferences';
import { startOutbox } from '@assent/server-sync/outbox';
import { createLedger, openSqliteStorage, openPostgresStorage, MissingDriverError, type LedgerStorage, type PostgresConnectionConfig } from '@assent/server-sync';

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
`;

const APP_TS = `import { createConsent } from '@assent/core';
import { createConsentUi } from '@assent/banner';
import { startOutbox } from '@assent/server-sync/outbox';

const store = createConsent({ revision: '1' });
startOutbox(store, { endpoint: '/v1/consents' });
const ui = createConsentUi(store, { privacyPolicyUrl: '/privacy' });
if (store.needsDecision) void ui.show();
`;

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
    npmInstall(spa, [...assentTarballs, `vite@${VERSIONS.vite}`, `typescript@${VERSIONS.typescript}`, `@types/node@${VERSIONS['@types/node']}`]),
    npmInstall(server, [tarballs['server-sync'], tarballs.core, `better-sqlite3@${VERSIONS['better-sqlite3']}`].filter(Boolean)),
  ]);
  await check('SPA project: npm install of the three tarballs, vite and typescript', () => {
    if (installs[0].status === 'rejected') throw installs[0].reason;
    // What @assent/* bring besides vite, typescript and @types/node.
    const lock = readJson(join(spa, 'package-lock.json')).packages;
    const fromAssent = new Set();
    const visit = (name) => {
      const entry = lock[`node_modules/${name}`];
      if (!entry || fromAssent.has(name)) return;
      fromAssent.add(name);
      for (const dependency of Object.keys(entry.dependencies ?? {})) visit(dependency);
    };
    for (const name of PACKAGES) visit(`@assent/${name}`);
    return { ...installs[0].value, fromAssent: [...fromAssent].sort() };
  });
  await check('SPA project: no database driver nor driver types installed (better-sqlite3, pg)', () => {
    const found = [];
    const walk = (dir, depth) => {
      if (depth > 6 || !existsSync(dir)) return;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const path = join(dir, entry.name);
        if (entry.name.startsWith('@')) walk(path, depth);
        else if (dir.endsWith('node_modules') || dir.split('/').at(-2) === 'node_modules') {
          const id = dir.endsWith('node_modules') ? entry.name : `${dir.split('/').at(-1)}/${entry.name}`;
          if (DRIVERS.includes(id)) found.push(path);
          walk(join(path, 'node_modules'), depth + 1);
        }
      }
    };
    walk(join(spa, 'node_modules'), 0);
    assert(existsSync(join(spa, 'node_modules/@assent/server-sync/package.json')), '@assent/server-sync is not installed');
    assert(!found.length, `installed: ${found.join(', ')}`);
  });

  await check('SPA project: every entry of every package imports in Node; the script-tag files compile', () => {
    const specifiers = [];
    const scripts = [];
    for (const name of PACKAGES) {
      const dir = join(spa, 'node_modules/@assent', name);
      const pkg = readJson(join(dir, 'package.json'));
      for (const [subpath, target] of exportTargets(pkg, dir)) {
        if (subpath === './package.json' || target.endsWith('.d.ts')) continue;
        const specifier = `@assent/${name}${subpath.slice(1)}`;
        // Browser-only IIFEs for a <script> tag: compiled, not run (they expect a document).
        if (target.includes('/script/')) scripts.push([specifier, join(dir, target)]);
        else if (!specifiers.includes(specifier)) specifiers.push(specifier);
      }
    }
    assert(specifiers.length >= 6 && scripts.length >= 2, `too few entries found: ${specifiers.join(', ')}; scripts: ${scripts.length}`);
    for (const [specifier, file] of scripts) {
      try {
        new Script(readFileSync(file, 'utf8'), { filename: specifier });
      } catch (error) {
        throw new Error(`${specifier} does not compile: ${error.message}`);
      }
    }
    const probe = `const failures = [];
for (const specifier of ${JSON.stringify(specifiers)}) {
  try {
    const module = await import(specifier);
    if (!Object.keys(module).length) failures.push(specifier + ': no exports');
  } catch (error) {
    failures.push(specifier + ': ' + error.message);
  }
}
const banner = await import('@assent/banner');
banner.defineAssentBanner(); // no customElements in Node: does nothing
(await import('@assent/banner/preferences')).definePreferences();
if (failures.length) { console.error(failures.join('\\n')); process.exit(1); }`;
    writeFileSync(join(spa, 'import-all.mjs'), probe);
    run(process.execPath, ['import-all.mjs'], { cwd: spa });
  });

  await check('SPA project: without better-sqlite3, opening a SQLite ledger says "npm install better-sqlite3" (API and CLI, exit 2)', () => {
    const probe = `import { openSqliteStorage, openPostgresStorage, MissingDriverError } from '@assent/server-sync';
try { openSqliteStorage('./ledger.sqlite'); console.error('opened without a driver'); process.exit(1); }
catch (error) { if (!(error instanceof MissingDriverError) || !error.message.includes('npm install better-sqlite3')) throw error; }
await openPostgresStorage('postgres://u@127.0.0.1:1/x').then(() => process.exit(1), (error) => { if (!error.message.includes('npm install pg')) throw error; });`;
    writeFileSync(join(spa, 'no-driver.mjs'), probe);
    run(process.execPath, ['no-driver.mjs'], { cwd: spa });
    const cli = run('npx', ['--no-install', 'assent-ledger', 'serve', '--db', 'data/ledger.sqlite', '--port', '0'], { cwd: spa, status: 2 });
    assert(/^assent-ledger serve: .*npm install better-sqlite3\n$/.test(cli.stderr), `unexpected message: ${JSON.stringify(cli.stderr)}`);
    assert(!existsSync(join(spa, 'data')), 'the CLI created the database folder anyway');
  });

  // A file that names every export of every entry (listed by the compiler itself), and one that
  // uses the main ones as an app would.
  await check('SPA project: tsc --noEmit, strict, skipLibCheck false: moduleResolution bundler, node16 and nodenext', () => {
    const entries = [];
    for (const name of PACKAGES) {
      const pkg = readJson(join(spa, 'node_modules/@assent', name, 'package.json'));
      for (const [subpath, target] of exportTargets(pkg, join(spa, 'node_modules/@assent', name))) {
        const specifier = `@assent/${name}${subpath.slice(1)}`;
        if (target.endsWith('.d.ts') && !entries.includes(specifier)) entries.push(specifier);
      }
    }
    writeFileSync(join(spa, 'list-exports.cjs'), LIST_EXPORTS);
    const listed = JSON.parse(run(process.execPath, ['list-exports.cjs', ...entries], { cwd: spa }).stdout);
    let source = '// Generated: every export of every entry, by name.\n';
    const uses = [];
    listed.forEach(({ specifier, names }, index) => {
      assert(names.length, `${specifier}: the compiler finds no exports`);
      source += `import { ${names.map((name) => `${name} as e${index}_${name}`).join(', ')} } from '${specifier}';\n`;
      uses.push(...names.map((name) => `e${index}_${name}`));
    });
    source += `export { ${uses.join(', ')} };\n`;
    writeFileSync(join(spa, 'src/every-export.ts'), source);
    writeFileSync(join(spa, 'src/usage.ts'), USAGE_TS);
    for (const [module, moduleResolution] of [
      ['esnext', 'bundler'],
      ['node16', 'node16'],
      ['nodenext', 'nodenext'],
    ]) {
      const tsconfig = `tsconfig.${moduleResolution}.json`;
      writeFileSync(
        join(spa, tsconfig),
        JSON.stringify({
          compilerOptions: {
            target: 'es2022',
            module,
            moduleResolution,
            lib: ['es2022', 'dom', 'dom.iterable'],
            types: ['node'],
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
          },
          include: ['src/every-export.ts', 'src/usage.ts'],
        }),
      );
      const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', tsconfig], { cwd: spa, env, encoding: 'utf8' });
      assert(tsc.status === 0, `moduleResolution ${moduleResolution}:\n${tsc.stdout}${tsc.stderr}`);
    }
  });

  await check('SPA project: vite build (createConsent + banner + outbox) bundles no Node builtin and no driver', () => {
    writeFileSync(
      join(spa, 'index.html'),
      '<!doctype html><html lang="en"><body><main></main><script type="module" src="/src/app.ts"></script></body></html>\n',
    );
    writeFileSync(join(spa, 'src/app.ts'), APP_TS);
    run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: spa });
    const assets = join(spa, 'dist/assets');
    const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
    assert(files.length, 'vite wrote no JavaScript');
    const code = files.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
    for (const [what, pattern] of [
      ['a node: import', /["'`]node:[a-z_/]+["'`]/],
      ['a Node builtin import', /\bfrom\s*["'](fs|path|os|http|https|net|crypto|module|child_process|url|util|stream)["']/],
      ['require()', /\brequire\(["']/],
      ['better-sqlite3', /better-sqlite3/],
      ['pg', /["']pg["']|pg-pool|pg-protocol/],
      ['createRequire', /createRequire/],
    ]) {
      assert(!pattern.test(code), `the bundle contains ${what}: …${code.match(pattern)?.[0]}…`);
    }
    assert(/assent-banner/.test(code) && /v1\/consents|sdkVersion/.test(code), 'the bundle lacks the banner or the outbox');
  });

  // 3. The ledger server.
  await check('server project: npm install of @assent/server-sync with better-sqlite3 (compiled here)', () => {
    if (installs[1].status === 'rejected') throw installs[1].reason;
    return installs[1].value;
  });
  await check('server project: npx assent-ledger --help', () => {
    const help = run('npx', ['--no-install', 'assent-ledger', '--help'], { cwd: server });
    assert(help.stdout.includes('Usage: assent-ledger') && help.stdout.includes('export <id>'), `unexpected help:\n${help.stdout}`);
  });
  await check('server project: serve on a free port, POST a record, then export and verify it', async () => {
    const db = join(server, 'data', 'ledger.sqlite');
    // In a process group of its own: npx does not pass signals on to the server it started, so the
    // whole group is stopped.
    const child = spawn('npx', ['--no-install', 'assent-ledger', 'serve', '--db', db, '--port', '0'], {
      cwd: server,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const exited = new Promise((resolve) => child.once('close', resolve));
    const stop = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {} // already gone
    };
    let seen = '';
    try {
      const url = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve did not start in 30 s:\n${seen}`)), 30_000);
        child.stdout.on('data', (chunk) => {
          seen += chunk;
          const found = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
          if (found) clearTimeout(timer), resolve(found);
        });
        child.stderr.on('data', (chunk) => (seen += chunk));
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${seen}`)));
      });
      const consentId = `consent-${Date.now().toString(36)}`;
      const sdkVersion = readJson(join(server, 'node_modules/@assent/server-sync/package.json')).version;
      const input = {
        recordId: `r-${crypto.randomUUID()}`,
        consentId,
        revision: '1',
        categories: { necessary: true, functional: false, analytics: true, advertising: false },
        services: {},
        method: 'custom',
        locale: 'en',
        region: 'DE',
        regime: 'opt-in',
        gpc: false,
        textHash: 'sha256:abc',
        updatedAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
        sdkVersion,
      };
      const response = await fetch(`${url}/v1/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      assert(response.status === 201, `POST /v1/consents answered ${response.status}: ${await response.text()}`);
      stop('SIGTERM');
      await exited;

      const exported = JSON.parse(run('npx', ['--no-install', 'assent-ledger', 'export', consentId, '--db', db], { cwd: server }).stdout);
      assert(exported.consentId === consentId && exported.records.length === 1, `export: ${JSON.stringify(exported)}`);
      assert(exported.records[0].recordId === input.recordId && exported.records[0].seq === 1, `export: ${JSON.stringify(exported.records[0])}`);
      const verified = JSON.parse(run('npx', ['--no-install', 'assent-ledger', 'verify', '--db', db], { cwd: server }).stdout);
      assert(verified.ok === true && verified.records === 1 && verified.consents === 1, `verify: ${JSON.stringify(verified)}`);
    } finally {
      stop('SIGKILL');
    }
  });
} finally {
  const failed = checks.filter((entry) => !entry.ok).length;
  mkdirSync(join(root, '.test-results'), { recursive: true });
  writeFileSync(join(root, '.test-results/consumer.json'), JSON.stringify({ passed: checks.length - failed, failed, skipped: 0, checks }, null, 2));
  if (process.env.ASSENT_CONSUMER_KEEP) console.log(`scratch projects kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
  console.log(`consumer test: ${checks.length - failed} passed, ${failed} failed (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  process.exitCode = failed ? 1 : 0;
}
