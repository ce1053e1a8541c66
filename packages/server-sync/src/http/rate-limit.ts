/**
 * Options of the per-IP rate limit.
 *
 * @example
 * const limit: RateLimitOptions = { windowMs: 60_000, max: 120 };
 */
export interface RateLimitOptions {
  /** Window length in ms. Default 60 000. */
  windowMs?: number;
  /** Requests per IP and window. Default 120 (a visitor sends a handful; offices share an IP). */
  max?: number;
  /** IPs tracked at once before expired windows are swept. Default 50 000. */
  maxTracked?: number;
}

/**
 * A fixed-window counter per key, in memory (per process). The IPs it holds are never stored.
 *
 * @example
 * const limiter = createRateLimiter({ max: 2 });
 * limiter.take('203.0.113.9'); // { allowed: true, retryAfterSeconds: 0 }
 */
export function createRateLimiter(options: RateLimitOptions = {}, now: () => number = Date.now) {
  const windowMs = options.windowMs ?? 60_000;
  const max = options.max ?? 120;
  const maxTracked = options.maxTracked ?? 50_000;
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    take(key: string): { allowed: boolean; retryAfterSeconds: number } {
      const time = now();
      if (windows.size >= maxTracked) {
        for (const [tracked, window] of windows) if (window.resetAt <= time) windows.delete(tracked);
        // Still full of live windows (a flood of distinct IPs): forget the oldest rather than grow.
        if (windows.size >= maxTracked) windows.delete(windows.keys().next().value!);
      }
      let window = windows.get(key);
      if (!window || window.resetAt <= time) windows.set(key, (window = { count: 0, resetAt: time + windowMs }));
      window.count++;
      return { allowed: window.count <= max, retryAfterSeconds: window.count <= max ? 0 : Math.ceil((window.resetAt - time) / 1000) };
    },
  };
}
