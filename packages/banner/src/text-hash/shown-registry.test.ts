import { createConsent, memoryCookieJar, memoryRecords } from '@assent/core';
import { describe, expect, it } from 'vitest';
import { decideWithHash } from '../shared/decide.js';
import { hashShownContent } from './index.js';
import { shownContent } from './shown-registry.js';

describe('shownContent', () => {
  it('answers what a decision was made on, by its text hash, once the banner has hashed it', async () => {
    const store = createConsent({ revision: '1', storage: { cookies: memoryCookieJar(), records: memoryRecords() }, sync: false });
    const shown = { locale: 'en', texts: ['We use cookies', 'Accept all'], choices: { necessary: true, analytics: false } };
    const textHash = await hashShownContent(shown);
    expect(shownContent(textHash)).toBeUndefined();
    await decideWithHash(store, shown, (s, context) => s.acceptAll(context));
    expect(store.state?.textHash).toBe(textHash);
    expect(shownContent(textHash)).toEqual(shown);
    store.destroy();
  });
});
