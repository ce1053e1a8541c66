// Child-process plumbing of the scale-out tests: start `assent-ledger serve`, find its workers, and
// see which process holds which TCP connection (Linux /proc, no HTTP surface added for it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { request, type Agent } from 'node:http';

/** A running `assent-ledger serve` child: its base URL, port and everything it printed so far. */
export interface ServeChild {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `assent-ledger <args>` and resolves once it prints its listening line. */
export function startServe(cli: string, args: string[], env: Record<string, string> = {}): Promise<ServeChild> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--rate-limit', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let seen = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      seen += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
      if (url) {
        child.stdout!.off('data', onData);
        child.stdout!.on('data', (more: Buffer) => (seen += more));
        resolve({ child, url, port: Number(new URL(url).port), output: () => seen, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (seen += chunk));
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening: ${seen}`)));
  });
}

/** Resolves once `check` is true, polling every 20 ms; rejects after `ms` with `what`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The pids of a process's live children (its workers), from /proc. */
export function childPids(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  return readdirSync(tasks)
    .flatMap((task) => {
      try {
        return readFileSync(`${tasks}/${task}/children`, 'utf8').trim().split(/\s+/);
      } catch {
        return [];
      }
    })
    .filter(Boolean)
    .map(Number)
    .filter(isAlive);
}

/** Whether a process exists and is not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Which of `pids` hold an established TCP connection on local `port` — the workers that accepted
 * a connection of the test — read from /proc/net/tcp and each process's socket descriptors.
 */
export function pidsHoldingConnections(pids: number[], port: number): number[] {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set(
    readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(`:${portHex}`) && fields[3] === '01')
      .map((fields) => fields[9]!),
  );
  return pids.filter((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '');
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  });
}

/** POSTs a decision through `agent` (keep-alive connections stay open) and resolves with the status. */
export function postDecision(url: string, body: Record<string, unknown>, agent: Agent | false): Promise<number> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const sent = request(
      `${url}/v1/consents`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode!));
      },
    );
    sent.once('error', reject);
    sent.end(text);
  });
}
