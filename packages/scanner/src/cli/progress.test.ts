import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 100, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream };
};

describe('progressBar()', () => {
  it('redraws one line on a terminal, and clears it when done', () => {
    const tty = stream(true);
    const bar = progressBar(tty.stream);
    bar?.update({ passesDone: 3, passesPlanned: 12, pagesDone: 0, url: 'https://example.com/shop?x=1', pass: 'after-accept' });
    bar?.update({ passesDone: 12, passesPlanned: 12, pagesDone: 3, url: 'https://example.com/', pass: 'after-withdraw' });
    bar?.done();
    expect(tty.written[0]).toBe(`\r${'[######------------------] 3/12 passes, 0 pages · /shop after-accept'.padEnd(99)}`);
    expect(tty.written[1]).toMatch(/^\r\[#{24}\] 12\/12 passes, 3 pages · \/ after-withdraw/);
    expect(tty.written[2]).toBe('\r\x1b[K');
  });

  it('is nothing when the stream is not a terminal (CI logs)', () => {
    expect(progressBar(stream(false).stream)).toBeUndefined();
  });
});
