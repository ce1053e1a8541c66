import { expect } from '@open-wc/testing';
import { createConsent, indexedDbRecords } from '../index.js';
import { readCookie } from '../cookie-codec/index.js';

// Real document.cookie and real IndexedDB in Chromium.
const clearCookie = () => (document.cookie = 'assent=; Max-Age=0; Path=/');
// Each test gets its own database: idb-keyval keeps connections open, which would block a delete.
const freshDatabase = () => `assent-test-${Math.random().toString(36).slice(2)}`;

describe('persistence in a real browser', () => {
  beforeEach(clearCookie);

  it('writes the consent cookie with its attributes and reads it back on the next page view', async () => {
    const first = createConsent({ revision: 'r1', sync: false });
    expect(first.needsDecision).to.equal(true);
    const decision = first.update({ analytics: true });
    const raw = readCookie(document.cookie, 'assent');
    expect(raw).to.match(/^A1\./);
    const cookieStore = (window as unknown as { cookieStore: { get(name: string): Promise<Record<string, unknown>> } }).cookieStore;
    const attributes = await cookieStore.get('assent');
    expect(attributes).to.include({ path: '/', sameSite: 'lax', secure: false });
    const expires = attributes.expires as number;
    expect(Math.abs(expires - Date.parse(decision.expiresAt))).to.be.below(5000);
    const next = createConsent({ revision: 'r1', sync: false });
    expect(next.granted('analytics')).to.equal(true);
    expect(next.granted('advertising')).to.equal(false);
    expect(next.state?.id).to.equal(decision.id);
    await first.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await indexedDB.databases()).map((db) => db.name)).to.include('assent');
  });

  it('keeps the full decision and a history in IndexedDB', async () => {
    const name = freshDatabase();
    const first = createConsent({ sync: false, storage: { records: indexedDbRecords(name) } });
    first.acceptAll({ textHash: 'texts-v1' });
    first.withdraw({ textHash: 'texts-v1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = createConsent({ sync: false, storage: { records: indexedDbRecords(name) } });
    await next.ready;
    expect(next.state?.textHash).to.equal('texts-v1');
    const history = await next.history();
    expect(history.map((entry) => entry.method)).to.deep.equal(['accept-all', 'withdraw']);
    const raw = await new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => {
        const get = open.result.transaction('decisions').objectStore('decisions').get('history');
        get.onsuccess = () => (open.result.close(), resolve(get.result));
        get.onerror = () => reject(get.error);
      };
    });
    expect((raw as unknown[]).length).to.equal(2);
  });

  it('treats a corrupt or foreign cookie as no decision', () => {
    for (const value of ['A1.broken', '{"analytics":true}', 'yes']) {
      document.cookie = `assent=${value}; Path=/`;
      const store = createConsent({ sync: false });
      expect(store.needsDecision).to.equal(true);
      expect(store.granted('analytics')).to.equal(false);
    }
  });

  it('keeps working in memory when cookies and IndexedDB are blocked', async () => {
    const errors: unknown[] = [];
    const cookieDescriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const open = IDBFactory.prototype.open;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      set: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    IDBFactory.prototype.open = () => {
      throw new DOMException('blocked', 'InvalidStateError');
    };
    try {
      const store = createConsent({ sync: false, onError: (error) => errors.push(error) });
      expect(store.needsDecision).to.equal(true);
      store.acceptAll();
      expect(store.granted('analytics')).to.equal(true);
      await store.ready;
      expect(await store.history()).to.deep.equal([]);
    } finally {
      Object.defineProperty(Document.prototype, 'cookie', cookieDescriptor);
      IDBFactory.prototype.open = open;
    }
    expect(errors.length).to.be.at.least(3);
    expect(readCookie(document.cookie, 'assent')).to.equal(undefined);
  });

  it('starts when merely reading window.indexedDB or window.BroadcastChannel throws, and reports it', async () => {
    const errors: unknown[] = [];
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const originals = (['indexedDB', 'BroadcastChannel'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const);
    for (const [name] of originals) Object.defineProperty(window, name, { get: blocked, configurable: true });
    try {
      const store = createConsent({ onError: (error) => errors.push(error) });
      expect(store.needsDecision).to.equal(true);
      expect(store.granted('analytics')).to.equal(false);
      store.update({ analytics: true });
      expect(createConsent({ sync: false }).granted('analytics'), 'the cookie still works').to.equal(true);
      await store.ready;
      expect((await store.history()).map((entry) => entry.method)).to.deep.equal(['custom']);
      store.destroy();
    } finally {
      for (const [name, descriptor] of originals) Object.defineProperty(window, name, descriptor);
    }
    expect(errors.map((error) => (error as DOMException).name)).to.deep.equal(['SecurityError', 'SecurityError']);
    expect(typeof window.indexedDB.open).to.equal('function');
  });
});
