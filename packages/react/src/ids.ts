import type { RegisteredId } from '@assent/core';

/**
 * A category or service id the hooks and `<Gate>` accept: a plain `string` until a site registers
 * its config with `@assent/core`'s `Register` interface, then the union of that config's ids, so a
 * misspelt id fails to compile.
 *
 * @example
 * declare module '@assent/core' {
 *   interface Register { config: typeof consentConfig }
 * }
 * const id: ConsentId = 'analytics'; // 'analytcs' would not compile
 */
export type ConsentId = RegisteredId;
