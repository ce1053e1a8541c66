// @assent/scanner: scans a site in real Chromium and judges what it sets against its Assent config.
export { BrowserNotFoundError, findChromium } from './browser/find-chromium.js';
export { type ScanOptions, ScanOptionsError, type ScanProgress, scanSite } from './scan.js';
export { renderHtmlReport } from './report/html.js';
export { SCANNER_VERSION } from './version.js';
export * from './report/types.js';
