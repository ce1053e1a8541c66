import { isIP } from 'node:net';

const normalise = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * The address a request came from. `X-Forwarded-For` is believed only when the direct peer is a
 * configured trusted proxy; then the right-most entry that is not itself a trusted proxy wins
 * (entries further left are client-supplied and can be forged).
 *
 * @example
 * clientIp('10.0.0.2', '198.51.100.7, 10.0.0.2', ['10.0.0.2']); // '198.51.100.7'
 * clientIp('198.51.100.9', '1.2.3.4', ['10.0.0.2']);           // '198.51.100.9'
 */
export function clientIp(remoteAddress: string | undefined, forwardedFor: string | null, trustedProxies: readonly string[]): string {
  return clientIpResolver(trustedProxies)(remoteAddress, forwardedFor);
}

/**
 * `clientIp` with the trusted proxies prepared once, for a handler that asks per request.
 *
 * @example
 * const ipOf = clientIpResolver(['10.0.0.2']);
 * ipOf('10.0.0.2', '198.51.100.7'); // '198.51.100.7'
 */
export function clientIpResolver(trustedProxies: readonly string[]): (remoteAddress: string | undefined, forwardedFor: string | null) => string {
  const trusted = new Set(trustedProxies.map(normalise));
  return (remoteAddress, forwardedFor) => {
    const peer = normalise(remoteAddress ?? '');
    if (!forwardedFor || !trusted.has(peer)) return peer;
    const hops = forwardedFor
      .split(',')
      .map(normalise)
      .filter((hop) => isIP(hop));
    for (let index = hops.length - 1; index >= 0; index--) {
      if (!trusted.has(hops[index]!)) return hops[index]!;
    }
    return hops[0] ?? peer;
  };
}
