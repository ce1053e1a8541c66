// Public API of @assent/banner. The Lit components and the script-tag bundle arrive with the
// banner issue; the text hash that ties evidence to the exact texts shown is here already.
export { hashShownContent } from './text-hash/index.js';
export type { ShownContent } from './text-hash/index.js';
