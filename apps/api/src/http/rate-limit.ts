import type { RequestHandler, Response } from 'express';
import type { KeyHolder } from '../config';

/** Takes one token from a client's bucket: 0 when allowed, else the seconds until one is available. */
export interface Limiter {
  take(client: string): number | Promise<number>;
}

/** A fixed-size token bucket per client: `perMinute` requests, refilled continuously (one process). */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly maxClients = 100_000,
  ) {}

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
 * At most `max` anonymous requests from one address in progress at once (from the moment the request
 * is admitted, its body still to be read, until its answer is sent or the connection closes). The rate
 * limit counts requests over a minute; this bounds what one address can hold at the same time — slow
 * bodies, many expensive queries sent together — so one client cannot occupy the process. Keyed
 * callers are counted by their key's rate only. In memory: it protects this process's own resources.
 */
export function concurrencyLimit(max: number): RequestHandler {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    if (callerOf(res).keyHash) return next();
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const now = inFlight.get(ip) ?? 0;
    if (now >= max) {
      res
        .status(429)
        .set('Retry-After', '1')
        .type('application/json')
        .send(
          JSON.stringify({
            errors: [
              {
                message: `Too many requests in progress from this address (at most ${max} at once); wait for an answer before sending more.`,
                extensions: { code: 'RATE_LIMITED', retryAfter: 1, concurrent: max },
              },
            ],
          }),
        );
      return;
    }
    inFlight.set(ip, now + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (inFlight.get(ip) ?? 1) - 1;
      if (left > 0) inFlight.set(ip, left);
      else inFlight.delete(ip);
    };
    // 'close' follows 'finish' and also comes when the client goes away before the answer.
    res.once('close', release);
    next();
  };
}

/** What `identifyCaller` found: the key's holder, or why the key was refused. Kept in `res.locals`. */
export interface Caller {
  holder: KeyHolder | null;
  /** The hash of a valid key (its own allowance). */
  keyHash: string | null;
  /** A key was sent but is malformed, unknown or revoked: the message to answer with. */
  refused: string | null;
}

export const callerOf = (res: Response): Caller =>
  (res.locals.caller as Caller | undefined) ?? { holder: null, keyHash: null, refused: null };

/** Limiters for the three allowances; in memory by default, in Redis when REDIS_URL is set. */
export interface Limiters {
  ips: Limiter;
  keys: Limiter;
  keyedIps: Limiter;
}

export const memoryLimiters = (perIp: number, perKey: number): Limiters => ({
  ips: new RateLimiter(perIp),
  keys: new RateLimiter(perKey),
  keyedIps: new RateLimiter(perKey),
});

/**
 * Per-IP and per-key limits for /graphql, decided after the key is checked (`identifyCaller` runs
 * first). A valid key counts against the key (so a shared office IP does not throttle an editor) and,
 * at the key's rate, against its IP too. A made-up, revoked or malformed key buys nothing: it counts
 * against the address like an anonymous request and is answered 401 at once.
 */
export function rateLimit(limiters: Limiters): RequestHandler {
  return async (req, res, next) => {
    try {
      const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const caller = callerOf(res);
      if (caller.keyHash) {
        const wait = (await limiters.keys.take(caller.keyHash)) || (await limiters.keyedIps.take(ip));
        if (wait) return tooMany(res, wait, 'API key');
      } else {
        const wait = await limiters.ips.take(ip);
        if (wait) return tooMany(res, wait, 'address');
      }
      if (caller.refused)
        return void res
          .status(401)
          .type('application/json')
          .send(
            JSON.stringify({
              errors: [{ message: caller.refused, extensions: { code: 'UNAUTHENTICATED' } }],
            }),
          );
      next();
    } catch (err) {
      next(err);
    }
  };
}
