// The README's curl examples (fenced blocks with the info string `sh http-example`) run, in
// document order, against a real `assent-ledger serve` — the built CLI, dist/cli.js — on a temp
// SQLite file and a free port. Each block's first line states its status (`# 201 Created …`); the
// answer must have it and must match the OpenAPI document the server serves. So the docs cannot rot.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLogKey } from '../transparency-log/index.js';
import { openApiChecker, type Exchange } from './openapi/responses.test-helper.js';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The host the README's examples name; replaced by the test server's. */
const DOCUMENTED_HOST = 'http://localhost:8787';
const KEY = 'k_readme_test_0123456789';

/** One `sh http-example` block: where it is, the status its first line states, its script. */
interface HttpExample {
  line: number;
  status: number;
  script: string;
}

/**
 * Extracts exactly the fenced blocks whose info string is `sh http-example`.
 *
 * @example
 * httpExamples('```sh http-example\n# 200 OK\ncurl -si http://localhost:8787/healthz\n```'); // [{ line: 1, status: 200, … }]
 */
function httpExamples(markdown: string): HttpExample[] {
  const examples: HttpExample[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const fence = /^(`{3,}|~{3,})(.*)$/.exec(lines[index]!);
    if (!fence) continue;
    const end = lines.findIndex((text, at) => at > index && text.startsWith(fence[1]!) && text.trim() === fence[1]);
    const body = lines.slice(index + 1, end < 0 ? lines.length : end);
    if (fence[2]!.trim() === 'sh http-example') {
      const status = Number(/^#\s*(\d{3})\b/.exec(body[0] ?? '')?.[1]);
      if (!status) throw new Error(`README line ${index + 1}: an http-example must start with "# <status> …"`);
      examples.push({ line: index + 1, status, script: body.join('\n') });
    }
    index = end < 0 ? lines.length : end;
  }
  return examples;
}

/** The request a curl command line sends: its method and the path of its URL. */
function requestOf(script: string): { method: string; target: string } {
  const command = script.replace(/\\\n/g, ' ');
  const url = /(https?:\/\/[^\s'"]+)/.exec(command)?.[1] ?? '';
  const method = /\s-X\s+([A-Z]+)/.exec(command)?.[1] ?? (/\s(-d|--data)\s/.test(command) ? 'POST' : 'GET');
  return { method, target: new URL(url).pathname };
}

/** Splits `curl -i` output into status, headers and body (the last response, after any 100 Continue). */
function parseCurl(output: string): Omit<Exchange, 'method' | 'target'> {
  const responses = output.split(/(?=^HTTP\/[\d.]+ \d{3})/m).filter((part) => /^HTTP\//.test(part));
  const last = responses.at(-1) ?? '';
  const split = last.indexOf('\r\n\r\n');
  const head = split < 0 ? last : last.slice(0, split);
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) headers[line.slice(0, line.indexOf(':')).trim().toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
  return { status: Number(/^HTTP\/[\d.]+ (\d{3})/.exec(statusLine)?.[1]) || undefined, headers, body: split < 0 ? '' : last.slice(split + 4) };
}

const examples = httpExamples(readFileSync(README, 'utf8'));
let dir: string;
let server: ChildProcess;
let base: string;
let documented: (exchange: Exchange) => void;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (pnpm --filter @assent/server-sync run build)`);
  dir = mkdtempSync(join(tmpdir(), 'assent-readme-http-'));
  server = spawn(process.execPath, [CLI, 'serve', '--db', join(dir, 'ledger.sqlite'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The log's key as `assent-ledger keygen --name consent.example.com/log` makes it.
    env: { ...process.env, ASSENT_API_KEYS: KEY, ASSENT_LOG_KEY: generateLogKey('consent.example.com/log').signerKey },
  });
  base = await new Promise<string>((resolve, reject) => {
    let seen = '';
    server.stdout!.on('data', (chunk) => {
      seen += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
      if (url) resolve(url);
    });
    server.stderr!.on('data', (chunk) => (seen += chunk));
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
  });
  documented = openApiChecker(await (await fetch(`${base}/v1/openapi.json`)).json());
}, 30_000);
afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('README: ## HTTP API curl examples', () => {
  it('has an example for every operation of the OpenAPI document (preflights aside)', async () => {
    const document = await (await fetch(`${base}/v1/openapi.json`)).json();
    const covered = new Set<string>();
    for (const example of examples) {
      const { method, target } = requestOf(example.script);
      const template = Object.keys(document.paths).find((path) => new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`).test(target));
      if (template && document.paths[template][method.toLowerCase()]) covered.add(`${method} ${template}`);
    }
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item as object)
        .filter((method) => !['parameters', 'options'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThanOrEqual(8);
    expect([...covered].sort()).toEqual(operations.sort());
  });

  it.each(examples)('README line $line answers $status as documented', ({ script, status }) => {
    const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script.replaceAll(DOCUMENTED_HOST, base)], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, LEDGER_KEY: KEY },
    });
    expect(run.status, run.stderr).toBe(0);
    const answer = parseCurl(run.stdout);
    expect(answer.status, run.stdout.slice(0, 500)).toBe(status);
    documented({ ...requestOf(script), ...answer });
  });
});

describe('httpExamples', () => {
  it('takes exactly the `sh http-example` blocks, and refuses one without a status', () => {
    const markdown = [
      '```sh http-example',
      '# 200 OK',
      'curl -si http://localhost:8787/healthz',
      '```',
      '```sh',
      '# 500 not an example',
      '```',
      '````sh http-example',
      '# 404 Not Found',
      '```',
      '````',
    ].join('\n');
    expect(httpExamples(markdown)).toEqual([
      { line: 1, status: 200, script: '# 200 OK\ncurl -si http://localhost:8787/healthz' },
      { line: 8, status: 404, script: '# 404 Not Found\n```' },
    ]);
    expect(() => httpExamples('```sh http-example\ncurl -si http://localhost:8787/healthz\n```')).toThrow(/must start with "# <status>/);
  });
});
