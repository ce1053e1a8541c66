/** The embeds `gateEmbeds()` holds back: media with `data-consent` and a `data-src` to load later. */
export const EMBED_SELECTOR = ':is(iframe,img,video,audio)[data-consent][data-src]';
