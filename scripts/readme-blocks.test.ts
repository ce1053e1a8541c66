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
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedNames, makeProject, markdownFiles, PACKAGES, parseBlocks, root, runBlock, TIMEOUT_MS } from './readme-blocks.test-helper.js';

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
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        const path = resolve(dirname(file), decodeURIComponent(target.split('#')[0]));
        if (!path.startsWith(root)) problems.push(`${where}: links outside the repository: ${target}`);
        else if (!existsSync(path)) problems.push(`${where}: links to a missing file: ${target}`);
      }
      // A Markdown file named in code (`CHANGELOG.md`) must exist beside the doc or from the root.
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
