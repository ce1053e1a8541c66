import { describe, expect, it } from 'vitest';
import { truncateIp } from './truncate-ip.js';

describe('truncateIp', () => {
  it.each([
    ['203.0.113.57', '203.0.113.0'],
    ['10.0.0.1', '10.0.0.0'],
    ['::ffff:198.51.100.7', '198.51.100.0'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::'],
    ['2001:0db8:0000:0042::1', '2001:db8:0::'],
    ['2001:db8::1', '2001:db8:0::'],
    ['::1', '0:0:0::'],
    ['FE80::ABCD:1', 'fe80:0:0::'],
  ])('%s → %s', (input, output) => {
    expect(truncateIp(input)).toBe(output);
  });

  it.each(['', 'localhost', '999.1.1.1', '1.2.3', '203.0.113.57, 10.0.0.1', '<script>'])('refuses %j', (input) => {
    expect(truncateIp(input)).toBe('');
  });
});
