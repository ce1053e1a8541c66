import { describe, expect, it } from 'vitest';

// In Node (server rendering, or a server that imports the package) there is no DOM: importing
// must not throw, nor must registering (which does nothing without a registry; Lit's Node build
// installs its server-rendering registry stand-in, which then gets the elements). scripts/consumer-test.mjs checks the same for
// every published entry, as installed from the tarballs.
describe('@assent/banner in Node', () => {
  it('imports without a DOM; the define functions do not throw', async () => {
    expect(globalThis.HTMLElement).toBeUndefined();
    expect(globalThis.customElements).toBeUndefined();
    const banner = await import('../index.js');
    const preferences = await import('../preferences/index.js');
    for (let twice = 0; twice < 2; twice++) {
      expect(() => banner.defineAssentBanner()).not.toThrow();
      expect(() => preferences.definePreferences()).not.toThrow();
    }
    // The classes exist (for type checks and instanceof on the server) but are never constructed here.
    expect(typeof banner.AssentBanner).toBe('function');
    expect(typeof preferences.AssentPreferences).toBe('function');
  });
});
