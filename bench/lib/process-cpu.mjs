// CPU time of server processes, read from /proc (Linux): what a server spends per request,
// whatever the load generator beside it on the same cores is doing. utime + stime of a process
// count all its threads; a child that exited and was reaped adds its time to the parent's cutime +
// cstime, so summing the root's four fields and every live descendant's two gives a tree total that
// a child exiting between two readings does not lose.
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Clock ticks per second of /proc's times (USER_HZ; 100 on every common Linux). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses).
 * @param {number} pid
 * @returns {string[] | undefined} undefined when the process is gone
 */
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Every live descendant of `pid`, read from the kernel's children lists of each thread. */
function descendants(pid) {
  const found = [];
  const queue = [pid];
  while (queue.length) {
    const parent = /** @type {number} */ (queue.shift());
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/**
 * CPU seconds (user + system) used so far by `pid`, its live descendants and its reaped children.
 * @param {number} pid
 * @example
 * const before = treeCpuSeconds(server.pid); await load(); const used = treeCpuSeconds(server.pid) - before;
 */
export function treeCpuSeconds(pid) {
  const root = statFields(pid);
  if (!root) return NaN;
  // Fields 14–17 of stat (utime, stime, cutime, cstime) are 11–14 here, counted from the state (field 3).
  let ticks = Number(root[11]) + Number(root[12]) + Number(root[13]) + Number(root[14]);
  for (const child of descendants(pid)) {
    const fields = statFields(child);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS;
}

/**
 * The pid of the PostgreSQL postmaster listening on `port` (its command line has `-p <port>`), or
 * undefined. Its tree is the whole cluster: backends, WAL writer, checkpointer, autovacuum.
 * @param {number} port
 */
export function postmasterPid(port) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!args[0]?.endsWith('postgres')) continue;
    const portAt = args.indexOf('-p');
    if (portAt >= 0 && args[portAt + 1] === String(port)) return Number(entry);
    // pg_ctl passes the options as one string: "-k DIR -p PORT -c …".
    if (args.some((arg) => arg.split(/\s+/).join(' ').includes(`-p ${port} `))) return Number(entry);
  }
  return undefined;
}

/**
 * Reads several process trees at once; `stop()` gives each tree's CPU seconds since `start`.
 * @param {Record<string, number | undefined>} pids name → root pid (an undefined pid reads as NaN)
 * @example
 * const meter = cpuMeter({ ledger: server.pid }); await load(); const { ledger } = meter.stop();
 */
export function cpuMeter(pids) {
  const read = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, pid === undefined ? NaN : treeCpuSeconds(pid)]));
  const before = read();
  return {
    stop: () => {
      const after = read();
      return Object.fromEntries(Object.keys(pids).map((name) => [name, after[name] - before[name]]));
    },
  };
}
