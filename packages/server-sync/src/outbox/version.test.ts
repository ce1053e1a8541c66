import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTBOX_VERSION } from './version.js';

describe('OUTBOX_VERSION', () => {
  it("is the package's version, so ledger records name the SDK that sent them", () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(OUTBOX_VERSION).toBe(version);
  });
});
