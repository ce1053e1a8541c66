import type { ScanProgress } from '../scan.js';

/**
 * A one-line progress bar on a terminal (stderr), redrawn after every pass; nothing when stderr
 * is not a terminal (CI logs stay clean).
 *
 * @example
 * const bar = progressBar(process.stderr);
 * await scanSite({ url, onProgress: bar?.update }); bar?.done();
 */
export function progressBar(stream: NodeJS.WriteStream): { update: (progress: ScanProgress) => void; done: () => void } | undefined {
  if (!stream.isTTY) return undefined;
  const width = 24;
  return {
    update({ passesDone, passesPlanned, pagesDone, url, pass }) {
      const filled = Math.round((passesDone / Math.max(passesPlanned, 1)) * width);
      const path = (() => {
        try {
          return new URL(url).pathname;
        } catch {
          return url;
        }
      })();
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${passesDone}/${passesPlanned} passes, ${pagesDone} pages · ${path} ${pass}`;
      stream.write(`\r${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1)).padEnd(Math.max(20, (stream.columns ?? 80) - 1))}`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
