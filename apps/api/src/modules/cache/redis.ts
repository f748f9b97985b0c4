import { Redis } from 'ioredis';
import type { Limiter } from '../../http/rate-limit';

/**
 * Shared state for several API processes behind one load balancer (REDIS_URL): rate-limit buckets
 * and the write epoch that invalidates every process's response cache. Commands fail fast when Redis
 * is away (no offline queue); callers then fall back to their in-process behaviour.
 */
export class SharedState {
  readonly redis: Redis;

  constructor(
    url: string,
    readonly prefix = 'vertailu:',
  ) {
    this.redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
      connectTimeout: 2000,
    });
    // ioredis reconnects by itself; without a listener an outage would be an unhandled 'error' event.
    this.redis.on('error', () => undefined);
    this.redis.defineCommand('takeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
  }

  /** Raised after every committed write of any process (see DataVersionReader). */
  async raiseEpoch(): Promise<void> {
    await this.redis.incr(`${this.prefix}write-epoch`);
  }

  async epoch(): Promise<string | null> {
    return this.redis.get(`${this.prefix}write-epoch`);
  }

  /** A token bucket of `perMinute` per client, kept in Redis so every process draws from the same one. */
  limiter(name: string, perMinute: number, fallback: Limiter): Limiter {
    const redis = this.redis as Redis & {
      takeToken(key: string, perMinute: number): Promise<number>;
    };
    return {
      take: async (client) => {
        try {
          return Number(await redis.takeToken(`${this.prefix}rate:${name}:${client}`, perMinute));
        } catch {
          return fallback.take(client); // Redis away: each process limits on its own meanwhile
        }
      },
    };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * The token bucket of rate-limit.ts as one atomic Redis script, timed by the Redis server's clock
 * (processes' clocks may differ). Returns 0 when a token was taken, else seconds to wait.
 */
const TAKE_TOKEN = `
local cap = tonumber(ARGV[1])
local rate = cap / 60000
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
tokens = math.min(cap, tokens + (now - at) * rate)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.max(1, math.ceil((1 - tokens) / rate / 1000))
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 61000)
return wait
`;
