// How every browser test, screenshot and benchmark here starts Chromium: Debian's package (never a
// downloaded browser), headless. As root it needs --no-sandbox; the networking flags keep it from
// reaching out of a closed network (background updates, sync, QUIC) at every start.

/** Path of the Chromium binary: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for a headless Chromium on a server, as root, without network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
