// Starts a throwaway PostgreSQL cluster from the machine's own binaries for tests and benchmarks:
// temp data dir, free loopback port, private unix-socket dir; stopped and deleted afterwards.
// Installs Debian's `postgresql` package when no server binaries exist (needs root).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

function findBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

function run(command, args, { asPostgres = false } = {}) {
  const [file, argv] = asPostgres && isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ensureBinaries() {
  let bin = findBinDir();
  if (bin || !isRoot) return bin;
  console.warn('[postgres-cluster] no PostgreSQL server binaries: installing Debian package "postgresql"…');
  run('apt-get', ['update']);
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  });
  bin = findBinDir();
  return bin;
}

/**
 * Starts a cluster. Resolves `{ url, port, stop }`, or `undefined` (after a loud warning) when
 * PostgreSQL cannot start and `required` is false. With `required` (default: when `CI` is set) it throws.
 * @param {{ required?: boolean, durable?: boolean }} [options] durable=false turns fsync off (tests only)
 */
export async function startPostgres({ required = Boolean(process.env.CI), durable = true } = {}) {
  return startCluster({ required, durable, what: 'PostgreSQL' }, (bin, data) => {
    run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'], { asPostgres: true });
  });
}

/**
 * Starts a streaming read replica of a running cluster: a copy taken with `pg_basebackup -R` (which
 * writes standby.signal and the connection back to the primary), on its own free port, resolved once
 * the primary's `pg_stat_replication` shows it streaming. initdb's trust rules let 127.0.0.1 connect
 * for replication, and the default `wal_level` (replica) and `max_wal_senders` allow it. Resolves
 * `{ url, port, stop }`, or `undefined` as `startPostgres` does; `stop()` stops and deletes it.
 * @param {{ url: string }} primary a cluster from `startPostgres`
 * @param {{ required?: boolean, durable?: boolean }} [options]
 */
export async function startPostgresReplica(primary, { required = Boolean(process.env.CI), durable = true } = {}) {
  let applicationName;
  return startCluster(
    { required, durable, what: 'The PostgreSQL replica' },
    (bin, data, port) => {
      // -c fast: no waiting for the primary's next scheduled checkpoint before the copy starts.
      run(join(bin, 'pg_basebackup'), ['-d', primary.url, '-D', data, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'], { asPostgres: true });
      // The replica's walreceiver reports its cluster_name as application_name: how the primary's
      // pg_stat_replication tells this replica from others.
      applicationName = `assent_replica_${port}`;
      return `-c cluster_name=${applicationName}`;
    },
    async (bin) => {
      const sql = `SELECT state FROM pg_stat_replication WHERE application_name = '${applicationName}'`;
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
        if (run(join(bin, 'psql'), ['-d', primary.url, '-Atc', sql]).trim() === 'streaming') return;
      }
      throw new Error(`the replica did not start streaming from ${primary.url} within 60 s`);
    },
  );
}

// Makes the data directory with `create` (which may return extra server settings), starts the
// server on a free port, waits with `ready`; the shared skeleton of a primary and a replica.
async function startCluster({ required, durable, what }, create, ready = async () => {}) {
  let dir;
  let running;
  try {
    const bin = ensureBinaries();
    if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin and could not be installed');
    dir = mkdtempSync(join(tmpdir(), 'assent-pg-'));
    const data = join(dir, 'data');
    const sockets = join(dir, 'sockets');
    mkdirSync(sockets);
    if (isRoot) {
      const { uid, gid } = postgresIds();
      chownSync(dir, uid, gid);
      chownSync(sockets, uid, gid);
    }
    const port = await freePort();
    const extra = create(bin, data, port);
    // max_connections as on the primary: a hot standby refuses to start with fewer than it has.
    const settings = `-k ${sockets} -p ${port} -c listen_addresses=127.0.0.1 -c max_connections=100${durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'}${extra ? ` ${extra}` : ''}`;
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'], { asPostgres: true });
    running = { bin, data };
    await ready(bin);
    let stopped = false;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { asPostgres: true });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const log = dir && existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    if (running) {
      try {
        run(join(running.bin, 'pg_ctl'), ['-D', running.data, '-m', 'immediate', '-w', 'stop'], { asPostgres: true });
      } catch {
        // Already down: the error above says why.
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (required) throw new Error(`${what} could not start (required in CI): ${error.message}\n${log}`);
    console.warn(`\n${'!'.repeat(78)}\n!! PostgreSQL tests SKIPPED: ${error.message}\n!! (they fail instead when CI is set)\n${'!'.repeat(78)}\n`);
    return undefined;
  }
}

function postgresIds() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('no "postgres" system user');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
