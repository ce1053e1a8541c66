// The script tag's own element and base URL, read once while assent.js first runs
// (`document.currentScript` is null afterwards, and for module scripts).

/** The `<script>` element that loaded assent.js, if any. */
export const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : undefined;

const base = script?.src || document.baseURI;

/**
 * Imports a file that sits beside assent.js (its chunks); `import()` works in classic scripts.
 *
 * @example
 * const { mountConsentUi } = await fromBase('assent-ui.js');
 */
export const fromBase = <T>(file: string): Promise<T> => import(/* @vite-ignore */ new URL(file, base).href);
