/**
 * A category or service id the hooks and `<Gate>` accept: a plain `string` until a site registers
 * its config with `@assent/core`'s `Register` interface, then the union of that config's ids, so a
 * misspelt id fails to compile.
 *
 * @example
 * const id: ConsentId = 'analytics';
 */
export type ConsentId = string;

/**
 * What the server knows about one request's consent: whether a decision is needed and every id
 * granted. Plain JSON, so a server component can hand it to `<ConsentProvider initial>`.
 *
 * @example
 * const initial: ConsentSnapshot = { needsDecision: false, granted: ['necessary', 'analytics'] };
 */
export interface ConsentSnapshot {
  needsDecision: boolean;
  granted: string[];
}
