// Every code block the docs mark as runnable runs, and says what it prints.
//
// Which blocks: in every Markdown file of the repository (READMEs, docs/, packages/*/docs/), a
// fenced block whose info string contains the word `runnable`:
//   ```sh runnable      bash -e -o pipefail
//   ```js runnable      an ES module run by Node
//   ```ts runnable      the same after esbuild strips the types
// Blocks that need a browser, a network or a long-running process (`npm run demo`, `serve`) are
// not marked. Blocks marked `sh http-example` belong to the HTTP API's own test and are not run here.
//
// Where they run: each Markdown file gets a fresh temp folder that plays a user's project in which
// the packages are installed: `node_modules/@assent/{core,banner,server-sync}` link to the
// **built** packages (their `exports` pick `dist/`, as for a user), `node_modules/.bin/assent-ledger`
// is the CLI, and `package.json` says `"type": "module"`. The file's runnable blocks run there in
// document order, so a later block may use what an earlier one created (a ledger file), as a reader
// following the README would. A block marked `cwd=repo` as well (```sh runnable cwd=repo) is a
// contributor's command and runs in the repository root instead; such a block must write nothing
// there. Nothing else is written in the repository.
//
// What counts as success: exit code 0 within the timeout and, when the block is followed (only blank
// lines between) by a ```text block, stdout equal to it line by line — trailing spaces and
// trailing empty lines aside, with `…` in an expected line matching any characters (ids, times).
//
// Also checked, so the docs cannot drift: every public export of each package entry is named in
// that package's README, and every relative link (and every `*.md` named in code) of every doc
// points at a file of the repository.
//
// The packages must be built first (`pnpm --filter "./packages/*" run build`; `pnpm test` builds
// before the unit tests); without the builds one test fails saying so and the blocks are skipped.
// The last tests check that a broken block is reported, so this test can fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['core', 'banner', 'server-sync'] as const;
const LANGUAGES = new Set(['sh', 'bash', 'js', 'mjs', 'ts']);
const TIMEOUT_MS = 30_000;

interface Block {
  file: string;
  line: number;
  lang: string;
  words: string[];
  code: string;
  expected?: string;
}

/** The fenced blocks of a Markdown text; a runnable block gets the `text` block right after it as its expected output. */
function parseBlocks(markdown: string, file: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let lastEnd = -2;
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    const words = open[2].trim().split(/\s+/).filter(Boolean);
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[i]); i++) body.push(lines[i]);
    const block: Block = { file, line: start + 1, lang: words[0] ?? '', words, code: `${body.join('\n')}\n` };
    const previous = blocks.at(-1);
    const onlyBlankBetween = lines.slice(lastEnd + 1, start).every((line) => line.trim() === '');
    if (block.lang === 'text' && previous?.words.includes('runnable') && onlyBlankBetween && previous.expected === undefined) {
      previous.expected = block.code;
    }
    blocks.push(block);
    lastEnd = i;
  }
  return blocks;
}

/** Every Markdown file of the repository, outside dependencies, builds and test output. */
function markdownFiles(dir = root): string[] {
  const skip = new Set(['node_modules', '.git', 'dist', '.test-results', '.tsbuild', '.data']);
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** A temp folder standing for a user's project with the built packages installed. */
function makeProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'assent-readme-'));
  mkdirSync(join(project, 'node_modules/@assent'), { recursive: true });
  mkdirSync(join(project, 'node_modules/.bin'));
  for (const name of PACKAGES) symlinkSync(join(root, 'packages', name), join(project, 'node_modules/@assent', name), 'dir');
  // What npm installs for a package's "bin": a launcher that runs the file with node.
  writeFileSync(join(project, 'node_modules/.bin/assent-ledger'), `#!/bin/sh\nexec node "${join(root, 'packages/server-sync/dist/cli.js')}" "$@"\n`, {
    mode: 0o755,
  });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'readme-reader', private: true, type: 'module' }));
  return project;
}

function normalise(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trimEnd());
  while (lines.length && lines.at(-1) === '') lines.pop();
  return lines;
}

function outputMismatch(expected: string, actual: string): string | undefined {
  const want = normalise(expected);
  const got = normalise(actual);
  const bad = want.findIndex((line, index) => {
    const pattern = new RegExp(
      `^${line
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    return index >= got.length || !pattern.test(got[index]);
  });
  if (bad === -1 && got.length === want.length) return undefined;
  const at = bad === -1 ? want.length : bad;
  return `output differs at line ${at + 1}:\n  expected: ${want[at] ?? '(end of output)'}\n  actual:   ${got[at] ?? '(end of output)'}\n--- full output ---\n${actual}`;
}

/** Runs one block in `project`; `error` says why it failed, in words a reader of the test log can act on. */
function runBlock(block: Block, project: string): { ok: boolean; error?: string } {
  const where = `${relative(root, block.file)}:${block.line}`;
  if (!LANGUAGES.has(block.lang)) return { ok: false, error: `${where}: a runnable block must be sh, bash, js, mjs or ts, not "${block.lang}"` };
  const env = {
    ...process.env,
    PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH}`,
    // npx must find the local CLI, never fetch a package.
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    NODE_NO_WARNINGS: '1',
  };
  const cwd = block.words.includes('cwd=repo') ? root : project;
  let result: ReturnType<typeof spawnSync>;
  if (block.lang === 'sh' || block.lang === 'bash') {
    result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', block.code], { cwd, env, encoding: 'utf8', timeout: TIMEOUT_MS });
  } else {
    let code = block.code;
    if (block.lang === 'ts') {
      try {
        code = transformSync(code, { loader: 'ts', format: 'esm', target: 'node20' }).code;
      } catch (error) {
        return { ok: false, error: `${where}: the TypeScript does not compile: ${(error as Error).message}` };
      }
    }
    const script = join(project, `readme-block-${block.line}.mjs`);
    writeFileSync(script, code);
    result = spawnSync(process.execPath, [script], { cwd, env, encoding: 'utf8', timeout: TIMEOUT_MS });
  }
  const stdout = String(result.stdout ?? '');
  const stderr = String(result.stderr ?? '');
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}${result.signal ? ` (${result.signal})` : ''}`;
    return { ok: false, error: `${where}: ${why}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}` };
  }
  if (block.expected !== undefined) {
    const mismatch = outputMismatch(block.expected, stdout);
    if (mismatch) return { ok: false, error: `${where}: ${mismatch}` };
  }
  return { ok: true };
}

/** The names an entry module exports (`export { a, b as c } from …`, `export function d`, …). */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const [, list] of source.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .at(-1)
        ?.trim();
      if (name) names.add(name);
    }
  }
  for (const [, name] of source.matchAll(/^export (?:async )?(?:function|const|class|interface|type|let)\s+(\w+)/gm)) names.add(name);
  return [...names];
}

const files = markdownFiles().sort();
const runnable = new Map(
  files.map((file) => [file, parseBlocks(readFileSync(file, 'utf8'), file).filter((block) => block.words.includes('runnable'))] as const),
);
const projects: string[] = [];

const builds = [...PACKAGES.map((name) => `packages/${name}/dist/index.js`), 'packages/banner/dist/script/assent.js', 'packages/server-sync/dist/cli.js'];
const missingBuilds = builds.filter((file) => !existsSync(join(root, file)));

it('runs against the built packages', () => {
  expect(
    missingBuilds,
    `README blocks run against the built packages, and ${missingBuilds.join(', ')} ${missingBuilds.length > 1 ? 'are' : 'is'} missing: ` +
      'run `pnpm --filter "./packages/*" run build` first.',
  ).toEqual([]);
});

afterAll(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
});

for (const [file, blocks] of runnable) {
  if (!blocks.length) continue;
  describe.skipIf(missingBuilds.length)(relative(root, file), () => {
    let project = '';
    beforeAll(() => {
      project = makeProject();
      projects.push(project);
    });
    for (const block of blocks) {
      it(
        `block at line ${block.line} (${block.lang}) runs${block.expected === undefined ? '' : ' and prints what the doc shows'}`,
        () => {
          const result = runBlock(block, project);
          expect(result.ok, result.error).toBe(true);
        },
        2 * TIMEOUT_MS,
      );
    }
  });
}

describe('the docs', () => {
  it('mark some blocks runnable in every package README', () => {
    for (const name of PACKAGES) {
      expect(runnable.get(join(root, 'packages', name, 'README.md'))?.length, `packages/${name}/README.md has no runnable block`).toBeGreaterThan(0);
    }
  });

  it("name every public export of their package's entries in the package README", () => {
    const problems: string[] = [];
    for (const name of PACKAGES) {
      const folder = join(root, 'packages', name);
      const readme = readFileSync(join(folder, 'README.md'), 'utf8');
      const { exports } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
      for (const [entry, target] of Object.entries(exports)) {
        const source = (target as Record<string, string>)?.['@assent/source'];
        if (!source || source.includes('*')) continue;
        for (const exported of exportedNames(readFileSync(join(folder, source), 'utf8'))) {
          if (!new RegExp(`\\b${exported}\\b`).test(readme))
            problems.push(`packages/${name}/README.md does not mention ${exported} (${join(`@assent/${name}`, entry)})`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('link only to files that exist, and never outside the repository', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const where = relative(root, file);
      if (/\/work\/shared|\.\.\/shared\b/.test(text)) problems.push(`${where}: mentions a shared folder outside the repository`);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        const path = resolve(dirname(file), decodeURIComponent(target.split('#')[0]));
        if (!path.startsWith(root)) problems.push(`${where}: links outside the repository: ${target}`);
        else if (!existsSync(path)) problems.push(`${where}: links to a missing file: ${target}`);
      }
      // A Markdown file named in code (`DESIGN.md`) must exist beside the doc or from the root.
      for (const [, name] of text.matchAll(/`([\w./-]+\.md)`/g)) {
        if (!existsSync(resolve(dirname(file), name)) && !existsSync(resolve(root, name))) problems.push(`${where}: names a missing file: ${name}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe.skipIf(missingBuilds.length)('the runner itself', () => {
  const sample = [
    '```sh runnable',
    'echo fine',
    '```',
    '',
    '```text',
    'fine',
    '```',
    '',
    '```sh runnable',
    'echo about to fail',
    'exit 3',
    '```',
    '',
    '```js runnable',
    "console.log('id', crypto.randomUUID());",
    '```',
    '```text',
    'id …',
    '```',
    '',
    '```js runnable',
    "console.log('what it prints');",
    '```',
    '',
    '```text',
    'what the doc claims',
    '```',
    '',
    '```ts runnable',
    "import { createConsent } from '@assent/core';",
    "const store: ReturnType<typeof createConsent> = createConsent({ revision: '1' });",
    'console.log(store.status);',
    '```',
    '```text',
    'none',
    '```',
    '',
    '```js runnable',
    "import { noSuchExport } from '@assent/core';",
    '```',
    '',
    '```sh http-example',
    'curl http://localhost:8787/healthz',
    '```',
    '',
    '```sh runnable cwd=repo',
    'test -f pnpm-workspace.yaml && echo in the repository',
    '```',
    '```text',
    'in the repository',
    '```',
  ].join('\n');
  const blocks = parseBlocks(sample, join(root, 'sample.md'));
  let project = '';
  beforeAll(() => {
    project = makeProject();
    projects.push(project);
  });

  it('finds runnable blocks, their expected output, and leaves other blocks alone', () => {
    const marked = blocks.filter((block) => block.words.includes('runnable'));
    expect(marked.map((block) => [block.lang, block.line, block.expected])).toEqual([
      ['sh', 1, 'fine\n'],
      ['sh', 9, undefined],
      ['js', 14, 'id …\n'],
      ['js', 21, 'what the doc claims\n'],
      ['ts', 29, 'none\n'],
      ['js', 38, undefined],
      ['sh', 46, 'in the repository\n'],
    ]);
  });

  it(
    'passes good blocks and reports each broken one',
    () => {
      const results = blocks.filter((block) => block.words.includes('runnable')).map((block) => runBlock(block, project));
      expect(results.map((result) => result.ok)).toEqual([true, false, true, false, true, false, true]);
      expect(results[1].error).toContain('sample.md:9: exit code 3');
      expect(results[1].error).toContain('about to fail');
      expect(results[3].error).toContain('expected: what the doc claims');
      expect(results[3].error).toContain('actual:   what it prints');
      expect(results[5].error).toMatch(/noSuchExport/);
    },
    6 * TIMEOUT_MS,
  );
});
