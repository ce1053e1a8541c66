/** Path of the Chromium binary: `CHROMIUM_PATH`, else Debian's. */
export declare const CHROMIUM_PATH: string;
/** Command-line flags for a headless Chromium on a server, as root, without network chatter. */
export declare const CHROMIUM_ARGS: string[];
