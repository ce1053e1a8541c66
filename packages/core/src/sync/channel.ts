import type { SyncChannel } from '../config/types.js';

/**
 * A `SyncChannel` over `BroadcastChannel`, which reaches every open tab and frame of the origin.
 *
 * @example
 * createConsent({ sync: broadcastSyncChannel('assent') });
 */
export function broadcastSyncChannel(name: string): SyncChannel {
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => {
      const handler = (event: MessageEvent) => onMessage(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}
