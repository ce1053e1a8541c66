import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { bytesWithin } from '../http/body.js';
import { DEFAULT_VENDOR_LIST_URL, narrowVendorList, parseVendorList, type GlobalVendorList } from './vendor-list.js';

/**
 * Options of `createVendorListCache`.
 *
 * @example
 * const options: VendorListCacheOptions = { cacheFile: './ledger.sqlite.vendor-list.json', refreshHours: 24 };
 */
export interface VendorListCacheOptions {
  /** Where the last good copy is kept, so a restart serves it even when the source is down. */
  cacheFile: string;
  /** Where the list is downloaded from. Default `DEFAULT_VENDOR_LIST_URL` (the IAB's). */
  source?: string;
  /** Hours between downloads. Default 24 (the IAB publishes weekly). */
  refreshHours?: number;
  /** Told once when downloads start failing (and once when they work again); never told personal data. */
  log?: (message: string) => void;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * One body the ledger serves: the JSON text, its strong `ETag` (SHA-256 of the text) and the list's version.
 *
 * @example
 * const served: ServedVendorList = cache.served([8, 755])!;
 * response.headers.set('etag', served.etag);
 */
export interface ServedVendorList {
  body: string;
  etag: string;
  vendorListVersion: number;
}

/**
 * The ledger's copy of the Global Vendor List: downloaded, checked, kept on disk, refreshed on a
 * schedule; the last good copy is served whatever the source does.
 *
 * @example
 * const cache = createVendorListCache({ cacheFile: './ledger.sqlite.vendor-list.json' });
 * cache.start();
 * createLedgerHandler({ ledger, tcfVendorList: cache });
 */
export interface VendorListCache {
  /** The whole list, or only the given vendors; `undefined` while no good copy was ever obtained. */
  served(vendorIds?: readonly number[]): ServedVendorList | undefined;
  /** Downloads now; resolves `true` when a good copy was stored, `false` (keeping the old one) otherwise. */
  refresh(): Promise<boolean>;
  /** Refreshes now if the copy is due (or missing), then on the schedule. Timers do not keep the process alive. */
  start(): void;
  stop(): void;
  /** When the copy held was downloaded (ms), or `undefined`. */
  fetchedAt(): number | undefined;
}

const HOUR = 3_600_000;
// After a failed download, try again sooner than the schedule, but not in a tight loop.
const RETRY_MS = HOUR;
const MAX_BYTES = 32 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
// Distinct vendor selections kept serialised: a site has one, a few sites a few.
const MAX_VARIANTS = 64;

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url')}"`;
const servedOf = (list: GlobalVendorList, body = JSON.stringify(list)): ServedVendorList => ({
  body,
  etag: etagOf(body),
  vendorListVersion: list.vendorListVersion,
});

// The body as text, read as a stream and abandoned as soon as it passes `limit` bytes; as
// response.text() does: UTF-8, a byte order mark dropped.
const textWithin = async (response: Response, limit: number): Promise<string> =>
  response.body ? new TextDecoder().decode(await bytesWithin(response.body, limit, () => new Error('too large'))) : '';

/**
 * Creates the ledger's Global Vendor List cache. Reads the copy in `cacheFile` at once (a garbled
 * file is ignored); `start()` begins the downloads. A download that is not a GVL v3 the browser
 * can use (see `parseVendorList`), is larger than 32 MB, or has a lower `vendorListVersion` than
 * the copy held never replaces that copy (logged once, like a failed download).
 *
 * @example
 * const cache = createVendorListCache({ cacheFile: '/var/lib/assent/ledger.sqlite.vendor-list.json', log: console.warn });
 * cache.start();
 */
export function createVendorListCache(options: VendorListCacheOptions): VendorListCache {
  const source = options.source ?? DEFAULT_VENDOR_LIST_URL;
  const refreshMs = (options.refreshHours ?? 24) * HOUR;
  if (!(refreshMs > 0)) throw new RangeError(`refreshHours must be a positive number (got ${options.refreshHours})`);
  const now = options.now ?? Date.now;
  const download = options.fetch ?? fetch;
  let list: GlobalVendorList | undefined;
  let full: ServedVendorList | undefined;
  let fetched: number | undefined;
  let variants = new Map<string, ServedVendorList>();
  let failing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let inFlight: Promise<boolean> | undefined;

  const hold = (next: GlobalVendorList, at: number) => {
    list = next;
    full = servedOf(next);
    fetched = at;
    variants = new Map();
  };

  try {
    const text = readFileSync(options.cacheFile, 'utf8');
    hold(parseVendorList(text), statSync(options.cacheFile).mtimeMs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      options.log?.(`vendor list: ignoring the cached copy in ${options.cacheFile} (${(error as Error).message})`);
  }

  const fail = (reason: string) => {
    if (failing) return;
    failing = true;
    const held = list ? `serving the copy of ${new Date(fetched!).toISOString()} (version ${list.vendorListVersion})` : 'no copy to serve yet (503)';
    options.log?.(`vendor list: download from ${source} failed (${reason}); ${held}`);
  };

  const attempt = async (): Promise<boolean> => {
    let text: string;
    try {
      const response = await download(source, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw new Error('too large');
      text = await textWithin(response, MAX_BYTES);
    } catch (error) {
      fail((error as Error).message);
      return false;
    }
    let next: GlobalVendorList;
    try {
      next = parseVendorList(text);
    } catch (error) {
      fail(`not a GVL v3: ${(error as Error).message}`);
      return false;
    }
    // A mirror or CDN node serving an older list must not roll back the copy browsers already use.
    if (list && next.vendorListVersion < list.vendorListVersion) {
      fail(`vendorListVersion ${next.vendorListVersion} is older than the copy held`);
      return false;
    }
    const at = now();
    hold(next, at);
    try {
      // Written aside, then renamed over: a crash mid-write never leaves half a list to restart with.
      const aside = `${options.cacheFile}.${process.pid}.tmp`;
      writeFileSync(aside, full!.body);
      renameSync(aside, options.cacheFile);
    } catch (error) {
      options.log?.(`vendor list: could not write ${options.cacheFile} (${(error as Error).message}); serving from memory`);
    }
    if (failing) options.log?.(`vendor list: downloaded version ${next.vendorListVersion} from ${source} again`);
    failing = false;
    return true;
  };

  const refresh = () => (inFlight ??= attempt().finally(() => (inFlight = undefined)));

  const schedule = (delay: number) => {
    if (!running) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refresh().then((ok) => schedule(ok ? refreshMs : Math.min(refreshMs, RETRY_MS))), Math.max(0, delay));
    timer.unref?.();
  };

  return {
    served(vendorIds) {
      if (!list || !full) return undefined;
      if (!vendorIds) return full;
      const key = [...new Set(vendorIds)].sort((a, b) => a - b).join(',');
      let variant = variants.get(key);
      if (!variant) {
        if (variants.size >= MAX_VARIANTS) variants.delete(variants.keys().next().value!);
        variants.set(key, (variant = servedOf(narrowVendorList(list, vendorIds))));
      }
      return variant;
    },
    refresh,
    start() {
      if (running) return;
      running = true;
      schedule(fetched === undefined ? 0 : fetched + refreshMs - now());
    },
    stop() {
      running = false;
      clearTimeout(timer);
    },
    fetchedAt: () => fetched,
  };
}
