/**
 * Placeholder texts for a blocked embed; `{service}` is replaced by the service's name.
 *
 * @example
 * const fr: EmbedTexts = { title: '{service} est bloqué', body: '…', button: 'Autoriser {service}' };
 */
export interface EmbedTexts {
  title: string;
  body: string;
  button: string;
}

/**
 * The English placeholder texts used until the banner (or the site) passes localized ones.
 *
 * @example
 * gateEmbeds(store, { texts: { ...DEFAULT_EMBED_TEXTS, button: 'Load {service}' } });
 */
export const DEFAULT_EMBED_TEXTS: EmbedTexts = {
  title: '{service} is blocked',
  body: 'This content is provided by {service} and may set cookies. Allow it to view it here.',
  button: 'Allow {service}',
};
