// The browser commands of @web/test-runner the UI tests use (viewport, colour scheme, real key presses).
export { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
