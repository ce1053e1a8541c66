import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderHtmlReport } from './html.js';
import { sampleReport } from './sample-report.test-helper.js';
it('renders', () => {
  const r = sampleReport();
  const shot = process.env.SHOT;
  if (shot) r.screenshot!.base64 = readFileSync(shot).toString('base64');
  writeFileSync('/tmp/scan-report-sample.html', renderHtmlReport(r));
  writeFileSync('/tmp/scan-report-pass.html', renderHtmlReport(sampleReport({ passing: true, screenshot: false })));
});
