// The consumer test's harness: named checks, child processes in a clean environment, npm installs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const PACKAGES = ['core', 'banner', 'console', 'server-sync', 'scanner', 'react', 'vue', 'tcf', 'gpp'];
export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const rootJson = readJson(join(root, 'package.json'));
// The same tool versions the workspace uses, so a failure here is about the packages.
export const VERSIONS = {
  typescript: rootJson.devDependencies.typescript,
  '@types/node': rootJson.devDependencies['@types/node'],
  vite: readJson(join(root, 'examples/spa/package.json')).devDependencies.vite,
  react: readJson(join(root, 'packages/react/package.json')).devDependencies.react,
  'react-dom': readJson(join(root, 'packages/react/package.json')).devDependencies['react-dom'],
  '@types/react': readJson(join(root, 'packages/react/package.json')).devDependencies['@types/react'],
  '@types/react-dom': readJson(join(root, 'packages/react/package.json')).devDependencies['@types/react-dom'],
  vue: readJson(join(root, 'packages/vue/package.json')).devDependencies.vue,
  'better-sqlite3': readJson(join(root, 'packages/server-sync/package.json')).devDependencies['better-sqlite3'],
};

// Children get a clean environment: pnpm's NODE_PATH would let Node find the workspace's copies
// of the drivers, and its npm_* variables would configure npm.
export const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_PATH' && !/^npm_/i.test(name)));
// better-sqlite3 compiles against this machine's Node headers (no download of headers or prebuilds).
env.npm_config_nodedir = process.env.npm_config_nodedir || '/usr';

export const checks = [];
export async function check(name, body) {
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
/** A check that cannot run on this machine: listed (and counted in consumer.json) as skipped, with why. */
export function skip(name, why) {
  checks.push({ name, ok: true, skipped: true, ms: 0, detail: { skipped: why } });
  console.log(`- ${name} (skipped: ${why})`);
}
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a command to completion; throws with its output unless it exits 0 (or `status`). */
export function run(command, args, { cwd, status = 0, input, extraEnv } = {}) {
  const child = spawnSync(command, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', input, maxBuffer: 64 << 20 });
  if (child.error) throw child.error;
  if (child.status !== status)
    throw new Error(`${command} ${args.join(' ')} exited with ${child.status} (expected ${status})\n${child.stdout}\n${child.stderr}`);
  return child;
}
/**
 * The same, without blocking (two npm installs side by side; a CLI that talks to a server in this
 * process). Resolves to `{ status, stdout, stderr }`; rejects unless it exits `status` (default 0),
 * within `timeoutMs` when given.
 */
export function runAsync(command, args, { cwd, status = 0, timeoutMs } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = timeoutMs && setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => (clearTimeout(timer), reject(error)));
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === status) resolve({ status: code, stdout, stderr });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} exited with ${code ?? signal}${signal === 'SIGKILL' ? ` (killed after ${timeoutMs} ms)` : ''} (expected ${status})\n${stdout}\n${stderr}`,
          ),
        );
    });
  });
}
export const npmInstall = async (cwd, specs) => {
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
export function exportTargets(pkg, packageDir) {
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
