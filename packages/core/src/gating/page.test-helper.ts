// Shared by the page glue's browser tests (not part of the public API; excluded from the build).

/** Waits until `condition()` holds, polling every 20 ms for up to 2 s. */
export async function until(condition: () => unknown, timeoutMs = 2000): Promise<void> {
  for (const start = Date.now(); !condition(); ) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets pending microtasks, observers and script loads settle. */
export const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next message posted to this window whose data passes `accept`. */
// biome-ignore lint/suspicious/noExplicitAny: tests read fields of messages posted by fixture pages
export function nextMessage<T>(accept: (data: any) => boolean = () => true): Promise<T> {
  return new Promise((resolve) =>
    window.addEventListener('message', function listener(event) {
      if (!accept(event.data)) return;
      window.removeEventListener('message', listener);
      resolve(event.data as T);
    }),
  );
}
