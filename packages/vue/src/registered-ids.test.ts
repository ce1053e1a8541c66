import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Typed ids: with a config registered on @assent/core's `Register`, every id the binding takes is
// checked at compile time. The fixture marks each misspelt id with @ts-expect-error, so tsc fails
// both when a misspelling is accepted and when a valid id is refused.
describe('registered ids', () => {
  it('useGranted, useConsent().update, ConsentGate and the setup store refuse ids the config does not declare', () => {
    const project = fileURLToPath(new URL('../type-tests/tsconfig.json', import.meta.url));
    const tsc = spawnSync('pnpm', ['exec', 'tsc', '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);
});
