import type { RequestHandler, Response } from 'express';
import { hashKey } from '../config';

/** A fixed-size token bucket per client: `perMinute` requests, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly maxClients = 100_000,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds until one is available. */
  take(client: string, now = Date.now()): number {
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (!this.buckets.has(client)) {
      // Forget idle clients first when the table is full (a spoofed-IP flood must not exhaust memory).
      if (this.buckets.size >= this.maxClients) this.sweep(now);
      this.buckets.set(client, b);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }

  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (now - b.at > 60_000) this.buckets.delete(k);
    if (this.buckets.size >= this.maxClients) this.buckets.clear();
  }
}

function tooMany(res: Response, retryAfter: number, who: string): void {
  res
    .status(429)
    .set('Retry-After', String(retryAfter))
    .type('application/json')
    .send(
      JSON.stringify({
        errors: [
          {
            message: `Too many requests from this ${who}; try again in ${retryAfter} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfter },
          },
        ],
      }),
    );
}

/**
 * Per-IP and per-key limits for /graphql. A request with a key counts against the key (so a shared
 * office IP does not throttle an editor) and, at the key's rate, against its IP too, so made-up keys
 * do not buy an address unlimited requests.
 */
export function rateLimit(perIp: number, perKey: number): RequestHandler {
  const ips = new RateLimiter(perIp);
  const keys = new RateLimiter(perKey);
  const keyedIps = new RateLimiter(perKey);
  return (req, res, next) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const auth = req.headers.authorization;
    if (auth) {
      const wait = keys.take(hashKey(auth)) || keyedIps.take(ip);
      if (wait) return tooMany(res, wait, 'API key');
    } else {
      const wait = ips.take(ip);
      if (wait) return tooMany(res, wait, 'address');
    }
    next();
  };
}
