// The README-block test's machinery: finding fenced blocks in Markdown, a temp folder standing for
// a user's project with the built packages installed, running one block, reading an entry's exports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGES = ['core', 'banner', 'console', 'server-sync', 'scanner', 'react', 'vue', 'tcf', 'gpp'] as const;
export const LANGUAGES = new Set(['sh', 'bash', 'js', 'mjs', 'ts']);
export const TIMEOUT_MS = 30_000;

export interface Block {
  file: string;
  line: number;
  lang: string;
  words: string[];
  code: string;
  expected?: string;
}

/** The fenced blocks of a Markdown text; a runnable block gets the `text` block right after it as its expected output. */
export function parseBlocks(markdown: string, file: string): Block[] {
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
export function markdownFiles(dir = root): string[] {
  const skip = new Set(['node_modules', '.git', 'dist', '.test-results', '.tsbuild', '.data']);
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** A temp folder standing for a user's project with the built packages installed. */
export function makeProject(): string {
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

export function normalise(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trimEnd());
  while (lines.length && lines.at(-1) === '') lines.pop();
  return lines;
}

export function outputMismatch(expected: string, actual: string): string | undefined {
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
export function runBlock(block: Block, project: string): { ok: boolean; error?: string } {
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
export function exportedNames(source: string): string[] {
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
