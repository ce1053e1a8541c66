/**
 * This package's version, written into every report (a unit test keeps it equal to package.json's).
 *
 * @example
 * console.log(`@assent/scanner ${SCANNER_VERSION}`);
 */
export const SCANNER_VERSION = '0.1.0';
