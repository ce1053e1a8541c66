import { accessSync, constants } from 'node:fs';

// Where Chromium-family browsers live on the systems the scanner supports. The scanner never
// downloads a browser: it drives the one the machine has.
const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
};

/**
 * Thrown when no browser is found, or the one named does not exist: the message says how to fix it.
 *
 * @example
 * try { findChromium('/nope'); } catch (error) { if (error instanceof BrowserNotFoundError) console.error(error.message); }
 */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The path of the Chromium to drive: the one given, else `$CHROMIUM_PATH`, else the first found in
 * the usual places of Debian/Ubuntu (`/usr/bin/chromium` …) or macOS (`/Applications/…`).
 *
 * @example
 * const executablePath = findChromium(); // '/usr/bin/chromium' on Debian
 */
export function findChromium(explicit?: string, platform: string = process.platform): string {
  if (explicit) {
    if (!isExecutable(explicit)) throw new BrowserNotFoundError(`--browser ${explicit}: no executable browser there`);
    return explicit;
  }
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  const found = (CANDIDATES[platform] ?? []).find(isExecutable);
  if (found) return found;
  throw new BrowserNotFoundError(
    'no Chromium found: install one (Debian/Ubuntu: `apt-get install chromium`; macOS: Google Chrome or Chromium in /Applications) or pass --browser PATH',
  );
}
