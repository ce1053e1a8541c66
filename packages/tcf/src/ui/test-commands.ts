// The browser commands of @web/test-runner (viewport, colour scheme, real key presses). They are a
// devDependency of @assent/banner only; until @assent/tcf lists `@web/test-runner-commands` itself
// (then this file becomes `export … from '@web/test-runner-commands'`), its tests reach the
// banner's copy, which the test server serves with the rest of the checkout.
import type * as Commands from '../../../banner/node_modules/@web/test-runner-commands/browser/commands.js';
// @ts-expect-error -- the runtime file; its types are the `commands.d.ts` imported above.
import * as runtime from '../../../banner/node_modules/@web/test-runner-commands/browser/commands.mjs';

const commands = runtime as typeof Commands;
/** Emulates `prefers-color-scheme` and other media features. */
export const emulateMedia = commands.emulateMedia;
/** Presses real keys in the browser (Tab, Space, Escape…). */
export const sendKeys = commands.sendKeys;
/** Resizes the viewport. */
export const setViewport = commands.setViewport;
