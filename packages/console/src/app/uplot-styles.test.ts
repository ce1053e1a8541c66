import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { uplotStyles } from './uplot.styles.js';

describe('uplotStyles', () => {
  it("is the installed uPlot's own stylesheet", () => {
    const file = createRequire(import.meta.url).resolve('uplot/dist/uPlot.min.css');
    expect(uplotStyles.cssText).toBe(readFileSync(file, 'utf8'));
  });
});
