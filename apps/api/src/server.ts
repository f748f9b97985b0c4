import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import type { Config } from './config';
import { type Context, createContext } from './context';
import { formatErrorFor } from './graphql/format-error';
import { aliasLimit, costLimit, depthLimit, directiveLimit, MAX_TOKENS } from './graphql/limits';
import { refuseNulCharacters } from './graphql/nul-characters';
import { getSchema } from './graphql/schema';
import { corsAllowList } from './http/cors';
import { dashboardRoutes } from './http/dashboard';
import { httpErrors } from './http/errors';
import { healthRoutes } from './http/health';
import { playgroundRoutes } from './http/playground';
import { rateLimit } from './http/rate-limit';
import { CACHEABLE_HEADER, responseCache } from './http/response-cache';
import { securityHeaders } from './http/security-headers';
import { auditScope } from './modules/audit/audit-scope';
import { databaseKeyLookup, KeyStore } from './modules/auth/api-key.service';
import { DataVersionReader } from './modules/cache/data-version';

export interface App {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** The context a request with this Authorization header gets (tests run operations in-process with it). */
  contextFor(authorization: string | undefined): Promise<Context>;
  stop(): Promise<void>;
}

/** Bodies up to 100 kB for anyone; editors importing documents (2 MB of text, base64) need more. */
const SMALL_BODY = express.json({ limit: '100kb' });
const LARGE_BODY = express.json({ limit: '4mb' });
const bodyParser: RequestHandler = (req, res, next) =>
  (req.headers.authorization ? LARGE_BODY : SMALL_BODY)(req, res, next);

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

/** Builds the HTTP app (GraphQL, playground, dashboard, health) without listening: tests call it in-process. */
export async function createApp(orm: MikroORM, config: Config): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // gzip/brotli for everything compressible (scripts, GraphQL answers: a national comparison shrinks ~10×).
  app.use(compression());
  // ETags on GraphQL responses come from the data version (response-cache.ts); Express's own body-hash
  // ETags would also tag errors and keyed responses.
  app.set('etag', false);
  // Behind one reverse proxy in production: trust its X-Forwarded-For for the client address (rate limits).
  if (config.env === 'production') app.set('trust proxy', 1);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: config.introspection,
    validationRules: [depthLimit, aliasLimit, directiveLimit, costLimit],
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError: formatErrorFor(config.env),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // HTTP caching is ours (response-cache.ts); Apollo's cache-control plugin would wrap every field.
      ApolloServerPluginCacheControlDisabled(),
      responseStatus,
      refuseNulCharacters,
    ],
  });
  await apollo.start();

  const keys = new KeyStore(
    databaseKeyLookup(() => orm.em.fork() as EntityManager),
    config.keyCacheMs,
  );
  const contextFor = (authorization: string | undefined) => createContext(orm, config, authorization, keys);
  const playground = playgroundRoutes();
  app.use(securityHeaders());
  app.use(healthRoutes(orm));
  if (config.playground) app.use(playground.assets);
  app.use(dashboardRoutes());
  app.use(
    '/graphql',
    corsAllowList(config.corsOrigins),
    rateLimit(config.rateLimitPerIp, config.rateLimitPerKey),
    ...(config.playground ? [playground.page] : []),
    bodyParser,
    responseCache(new DataVersionReader(orm), config.responseCacheMb * 1024 * 1024),
    // After the body is read: stream callbacks would not carry the scope. Resolvers and flushes do.
    (_req, _res, next) => auditScope.run({ actor: 'anonymous' }, next),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const context = await contextFor(req.headers.authorization);
        const scope = auditScope.getStore();
        if (scope) scope.actor = context.actor;
        return context;
      },
    }),
  );
  app.use(httpErrors);

  return {
    app,
    httpServer,
    apollo,
    contextFor,
    async stop() {
      await apollo.stop();
    },
  };
}
