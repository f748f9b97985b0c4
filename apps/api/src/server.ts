import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from './config';
import { type Context, createContext, holderOf, keyHashOf } from './context';
import { DataVersionReader, onWriteCommitted } from './db/data-version';
import { ReferenceRows } from './db/reference-rows';
import { formatErrorFor } from './graphql/format-error';
import { fromGlobalId } from './graphql/global-id';
import { jitGateway } from './graphql/jit-executor';
import { aliasLimit, costLimitPlugin, depthLimit, directiveLimit, MAX_TOKENS } from './graphql/limits';
import { refuseNulCharacters } from './graphql/nul-characters';
import { getSchema } from './graphql/schema';
import { corsAllowList } from './http/cors';
import { dashboardRoutes } from './http/dashboard';
import { httpErrors } from './http/errors';
import { graphqlRoute } from './http/graphql-route';
import { healthRoutes } from './http/health';
import { utf8JsonText } from './http/json-text';
import { playgroundRoutes } from './http/playground';
import {
  type Caller,
  callerOf,
  concurrencyLimit,
  type Limiters,
  memoryLimiters,
  rateLimit,
} from './http/rate-limit';
import { CACHEABLE_HEADER, MAX_RESPONSE_BYTES, responseCache, responseSizeCap } from './http/response-cache';
import { securityHeaders } from './http/security-headers';
import { databaseKeyLookup, KeyStore } from './modules/auth/api-key.service';
import { SharedState } from './modules/cache/redis';
import { itemExists } from './modules/catalogue/catalogue.service';
import { Indicator } from './modules/indicator/indicator.entity';
import { Municipality } from './modules/municipality/municipality.entity';
import { municipalityExists } from './modules/municipality/municipality.service';
import { Organisation } from './modules/organisation/organisation.entity';
import { Term } from './modules/vocabulary/term.entity';

export interface App {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** The context a request with this Authorization header gets (tests run operations in-process with it). */
  contextFor(authorization: string | undefined, caller?: Caller): Promise<Context>;
  stop(): Promise<void>;
}

/** Bodies up to 100 kB for anyone; editors importing documents (2 MB of text, base64) need more. */
const SMALL_BODY = express.json({ limit: '100kb' });
const LARGE_BODY = express.json({ limit: '4mb' });
// Decided by the checked key (identifyCaller), not by the header being there.
const bodyParser: RequestHandler = (req, res, next) =>
  (callerOf(res).holder ? LARGE_BODY : SMALL_BODY)(req, res, next);

/** Codes of errors in the request itself (parse, validation, variable coercion), not in its execution. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** Marks error-free queries as cacheable; a response carrying SERVICE_UNAVAILABLE or EXECUTION_TIMEOUT is a 503 with Retry-After, for clients and load balancers. */
const responseStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, operation }) {
        if (response.body.kind !== 'single') return;
        const codes = response.body.singleResult.errors?.map((e) => e.extensions?.code) ?? [];
        if (!codes.length && operation?.operation === 'query')
          response.http.headers.set(CACHEABLE_HEADER, '1');
        if (codes.includes('SERVICE_UNAVAILABLE') || codes.includes('EXECUTION_TIMEOUT')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
      },
    };
  },
};

/**
 * GraphQL over HTTP: a request error (no data) is a 4xx for `application/graphql-response+json`,
 * but a client that asked for `application/json` SHOULD get 200, since for it the status only says
 * the server read the request. Apollo chooses the media type from Accept the same way.
 */
const legacyJsonStatus: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const status = response.http.status ?? 200;
        if (status < 400 || status >= 500 || status === 401 || status === 413) return;
        if (prefersGraphqlResponse(request.http?.headers.get('accept'))) return;
        const { errors, data } = response.body.singleResult;
        if (data === undefined && errors?.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code))))
          response.http.status = 200;
      },
    };
  },
};

/** Whether Apollo answers in `application/graphql-response+json` for this Accept header (its own rule). */
function prefersGraphqlResponse(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((t) => {
    const [type, ...params] = t.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return { type, q: q ? Number(q.slice(2)) : 1 };
  });
  const q = (type: string) => types.find((t) => t.type === type)?.q ?? 0;
  const response = q('application/graphql-response+json');
  return response > 0 && response >= Math.max(q('application/json'), q('*/*'), q('application/*'));
}

/**
 * Operations still executing. A client that hangs up does not stop its operation: stopping waits for
 * these too, so the database is closed only after the last resolver that could use it has finished.
 */
function inFlight() {
  let running = 0;
  let idle: (() => void) | null = null;
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      running++;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        running--;
        if (!running) idle?.();
      };
      return { willSendResponse: async () => end() };
    },
  };
  const settled = (ms: number) =>
    running
      ? new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
        })
      : Promise.resolve();
  return { plugin, settled };
}

/**
 * Whether the municipality or item a dashboard page names exists (else the page is answered 404): the
 * path's parameter decoded (an item's global id), the read use cases asked.
 */
export function pageTargetExists(
  orm: MikroORM,
  pattern: string,
  params: Record<string, string>,
): Promise<boolean> {
  const em = orm.em.fork() as EntityManager;
  if (pattern === 'municipality/:code') return municipalityExists(em, params.code ?? '');
  if (pattern === 'item/:id') {
    let target: { type: string; id: string };
    try {
      target = fromGlobalId(params.id ?? '');
    } catch {
      return Promise.resolve(false);
    }
    return itemExists(em, target.type, Number(target.id));
  }
  return Promise.resolve(true);
}

/** Builds the HTTP app (GraphQL, playground, dashboard, health) without listening: tests call it in-process. */
export async function createApp(orm: MikroORM, config: Config): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // gzip/brotli for everything compressible (scripts, GraphQL answers: a national comparison shrinks ~10×).
  app.use(compression());
  // ETags on GraphQL responses come from the data version (response-cache.ts); Express's own body-hash
  // ETags would also tag errors and keyed responses.
  app.set('etag', false);
  // X-Forwarded-For names the client only when it comes from a proxy we were told about (TRUST_PROXY):
  // from anyone else it is the client's own claim, and would let it choose its rate-limit bucket.
  app.set('trust proxy', config.trustProxy);
  const shared = config.redisUrl ? new SharedState(config.redisUrl, config.redisPrefix) : null;
  const stopPublishing = shared ? onWriteCommitted(() => shared.raiseEpoch()) : null;
  const httpServer = http.createServer(app);
  const operations = inFlight();
  const apollo = new ApolloServer<Context>({
    // Operations run compiled (graphql-jit), through Apollo's executor hook: see jit-executor.ts.
    gateway: jitGateway(await getSchema()),
    introspection: config.introspection,
    validationRules: [depthLimit, aliasLimit, directiveLimit],
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: config.env === 'development',
    // main.ts stops on SIGTERM itself (drain, close the database, exit 0); Apollo's own handler would
    // re-raise the signal and end the process with 143 before the database is closed.
    stopOnTerminationSignals: false,
    formatError: formatErrorFor(config.env),
    // The answer's text in UTF-8 bytes, sent as they are by graphqlRoute (http/json-text.ts says why).
    stringifyResult: utf8JsonText,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // HTTP caching is ours (response-cache.ts); Apollo's cache-control plugin would wrap every field.
      ApolloServerPluginCacheControlDisabled(),
      operations.plugin,
      responseStatus,
      legacyJsonStatus,
      refuseNulCharacters,
      costLimitPlugin,
    ],
  });
  await apollo.start();

  const keys = new KeyStore(
    databaseKeyLookup(() => orm.em.fork() as EntityManager),
    config.keyCacheMs,
  );
  // One view of the data version for the response cache and the reference rows: both keep what they
  // hold for the version it gives.
  const dataVersion = new DataVersionReader(orm, 1000, shared ? () => shared.epoch() : undefined);
  // The small tables every comparison, profile and nested list looks rows up in, cached whole by version.
  const references = new ReferenceRows(
    () => dataVersion.current(),
    [
      { entity: Municipality, pk: 'code', order: { code: 'asc' } },
      { entity: Indicator, pk: 'code', order: { code: 'asc' } },
      // Ordered by vocabulary, then code: one vocabulary's terms come in the order of their codes.
      { entity: Term, pk: 'id', order: { vocabulary: 'asc', code: 'asc' } },
      // Funders and partners: a funding line's funder is asked on most project pages, and the table
      // holds the few dozen organisations the documents name (10 on the national bench).
      { entity: Organisation, pk: 'id', order: { id: 'asc' } },
    ],
  );
  const contextFor = (authorization: string | undefined, caller?: Caller) =>
    createContext(orm, config, authorization, keys, caller?.holder, references);
  const memory = memoryLimiters(config.rateLimitPerIp, config.rateLimitPerKey);
  const limiters: Limiters = shared
    ? {
        ips: shared.limiter('ip', config.rateLimitPerIp, memory.ips),
        keys: shared.limiter('key', config.rateLimitPerKey, memory.keys),
        keyedIps: shared.limiter('keyed-ip', config.rateLimitPerKey, memory.keyedIps),
      }
    : memory;
  /** Checks the key before anything is decided by it (allowance, body size). */
  const identifyCaller: RequestHandler = async (req, res, next) => {
    const caller: Caller = { holder: null, keyHash: null, refused: null };
    try {
      caller.holder = await holderOf(req.headers.authorization, config, keys);
      if (caller.holder) caller.keyHash = keyHashOf(req.headers.authorization);
    } catch (err) {
      if (!(err instanceof GraphQLError)) return next(err);
      caller.refused = err.message;
    }
    res.locals.caller = caller;
    next();
  };
  const playground = playgroundRoutes();
  app.use(securityHeaders());
  app.use(healthRoutes(orm));
  if (config.playground) app.use(playground.assets);
  app.use(dashboardRoutes(undefined, (pattern, params) => pageTargetExists(orm, pattern, params)));
  app.use(
    '/graphql',
    corsAllowList(config.corsOrigins),
    identifyCaller,
    rateLimit(limiters),
    concurrencyLimit(config.concurrentPerIp),
    ...(config.playground ? [playground.page] : []),
    bodyParser,
    responseCache(dataVersion, config.responseCacheMb * 1024 * 1024),
    // After the cache: its wrapper of res.end runs first, so an oversized answer is never cached.
    responseSizeCap(MAX_RESPONSE_BYTES),
    // The audit scope (who writes) is entered by each mutation's root field (graphql/schema.ts), not
    // here: reads run without it.
    graphqlRoute(apollo, ({ req, res }) => contextFor(req.headers.authorization, callerOf(res))),
  );
  app.use(httpErrors);

  return {
    app,
    httpServer,
    apollo,
    contextFor,
    async stop() {
      await apollo.stop();
      // Past the drain: operations of clients that hung up may still be running (at most until their deadline).
      await operations.settled(config.executionTimeoutMs + 1000);
      stopPublishing?.();
      await shared?.close();
    },
  };
}
