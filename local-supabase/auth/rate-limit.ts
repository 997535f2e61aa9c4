/**
 * Counts requests per key in a sliding window. GoTrue's limits are token
 * buckets per IP address; a window count gives the same number of requests
 * per period without burst tuning.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records one request for the key; false when it goes over the limit. */
  take(key: string, now = Date.now()): boolean {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((time) => time > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(since);
    return true;
  }

  private prune(since: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((time) => time <= since)) this.hits.delete(key);
    }
  }
}

/** The period of Supabase's `[auth.rate_limit]` numbers: 5 minutes. */
export const RATE_LIMIT_WINDOW_MS = 5 * 60 * 1000;
