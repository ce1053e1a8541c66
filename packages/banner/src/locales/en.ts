import type { Messages } from './types.js';
import { enDetails } from './en-details.js';
import { enFirstLayer } from './en-first-layer.js';

/**
 * English texts (the default and the fallback). Category names are the privacy notice's words,
 * written as in running text; the banner capitalises the first letter on display. Kept in two
 * parts so the banner's chunk carries only the first layer's texts.
 *
 * @example
 * import en from '@assent/banner/locales/en';
 */
const en: Messages = { ...enFirstLayer, ...enDetails };

export default en;
