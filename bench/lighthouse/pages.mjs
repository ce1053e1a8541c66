// The Lighthouse pages: one article with a large hero image (the page's LCP without a consent
// manager), served alike with no consent manager, with each Assent integration and with
// vanilla-cookieconsent v3 as its documentation sets it up.
import { deflateSync } from 'node:zlib';
import { ASSENT } from '../lib/integrations.mjs';
import { COOKIECONSENT } from '../banner-time/pages.mjs';

const STYLE =
  '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem}header,footer{padding:.5rem 0}.hero{display:block;width:100%;height:auto;aspect-ratio:16/9}</style>';

const ARTICLE = `
  <header><strong>Example Shop</strong> · <a href="/products">Products</a> · <a href="/about">About</a></header>
  <main>
    <h1>Field notes on brewing coffee at home</h1>
    <img class="hero" src="/media/hero.png" width="960" height="540" alt="A cup of coffee on a wooden table">
    ${Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1}. Grind size, water temperature and contact time decide most of what ends up in the cup. A finer grind extracts faster; hotter water extracts more; a longer brew extracts more again. Change one of them at a time, taste, and write down what you did.</p>`).join('\n    ')}
  </main>
  <footer><a href="/privacy">Privacy Notice</a> · <a href="#" data-assent-open>Cookie settings</a></footer>`;

/** @param {{ head?: string, tail?: string }} cmp */
const page = ({ head = '', tail = '' }) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <link rel="icon" href="data:,">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Field notes on brewing coffee at home</title>
  ${STYLE}
  ${head}
</head>
<body>
  ${ARTICLE}
  ${tail}
</body>
</html>`;

/** The arms, in the order the table lists them; `baseline` is the reference of every delta. */
export const LIGHTHOUSE_ARMS = {
  baseline: { label: 'no consent manager', html: page({}) },
  assent: { label: ASSENT.documented.label, html: page(ASSENT.documented) },
  assentPreload: { label: ASSENT.preload.label, html: page(ASSENT.preload) },
  assentDeferred: { label: ASSENT.deferred.label, html: page(ASSENT.deferred) },
  assentBlocking: { label: ASSENT.blocking.label, html: page(ASSENT.blocking) },
  cookieconsent: { label: 'vanilla-cookieconsent v3 (as its docs show)', html: page(COOKIECONSENT) },
};

/**
 * A 960 × 540 PNG of a smooth gradient with fine noise (≈200 KB): an image large enough in bytes
 * and on screen to be the page's LCP, as a real hero photo is. Deterministic, so every run serves
 * the same bytes.
 */
export function heroImage(width = 960, height = 540) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  let seed = 42;
  const noise = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 30) & 1;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * 3;
      raw[at] = (90 + (x * 120) / width) | 0;
      raw[at + 1] = (60 + ((y * 90) / height + (x & 3 ? 0 : noise()))) | 0;
      raw[at + 2] = (40 + ((x + y) * 60) / (width + height)) | 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
