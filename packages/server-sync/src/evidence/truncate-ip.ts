import { isIPv4, isIPv6 } from 'node:net';

/**
 * Minimises an IP address before it is kept as evidence: IPv4 to its /24 network, IPv6 to its /48.
 * Returns `''` for anything that is not an IP address, so nothing unparsed is ever stored.
 *
 * @example
 * truncateIp('203.0.113.57');            // '203.0.113.0'
 * truncateIp('2001:db8:85a3:8d3::7334'); // '2001:db8:85a3::'
 */
export function truncateIp(address: string): string {
  if (isIPv4(address)) return `${address.slice(0, address.lastIndexOf('.'))}.0`;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return truncateIp(mapped);
  if (!isIPv6(address)) return '';
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return (
    groups
      .slice(0, 3)
      .map((group) => group.replace(/^0+(?=.)/, ''))
      .join(':') + '::'
  );
}
