// The consumer test's SPA project: every tarball with vite and typescript, as an app installs them
// (@assent/scanner as its dev tool). No database driver may come along; every entry imports in
// Node; the types check; vite bundles no Node code. scanner.mjs runs the assent-scan CLI here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { APP_TS, LIST_EXPORTS, USAGE_TS } from './fixtures.mjs';
import { assert, check, env, exportTargets, PACKAGES, readJson, run } from './harness.mjs';

const DRIVERS = ['better-sqlite3', 'pg', '@types/better-sqlite3', '@types/pg'];

/**
 * Runs the SPA project's checks in `spa`, given the settled result of its npm install.
 */
export async function checkSpaProject(spa, install) {
  await check('SPA project: npm install of every tarball (@assent/scanner with @assent/core), vite and typescript', () => {
    if (install.status === 'rejected') throw install.reason;
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
    return { ...install.value, fromAssent: [...fromAssent].sort() };
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

  await check('SPA project: every entry of every package imports in Node (JSON ones with type: json); the script-tag files compile', () => {
    const specifiers = [];
    const jsonSpecifiers = [];
    const scripts = [];
    for (const name of PACKAGES) {
      const dir = join(spa, 'node_modules/@assent', name);
      const pkg = readJson(join(dir, 'package.json'));
      for (const [subpath, target] of exportTargets(pkg, dir)) {
        if (subpath === './package.json' || target.endsWith('.d.ts')) continue;
        const specifier = `@assent/${name}${subpath.slice(1)}`;
        // Browser-only IIFEs for a <script> tag: compiled, not run (they expect a document).
        if (target.includes('/script/')) scripts.push([specifier, join(dir, target)]);
        // JSON (@assent/scanner/schema.json) imports with its attribute, as Node requires.
        else if (target.endsWith('.json') && !jsonSpecifiers.includes(specifier)) jsonSpecifiers.push(specifier);
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
for (const specifier of ${JSON.stringify(jsonSpecifiers)}) {
  try {
    const { default: json } = await import(specifier, { with: { type: 'json' } });
    if (!json || typeof json !== 'object') failures.push(specifier + ': not a JSON object');
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
}
