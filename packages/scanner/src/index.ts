// @assent/scanner: scans a site in real Chromium and judges what it sets against its Assent config.
export * from './report/types.js';
