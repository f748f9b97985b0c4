import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config';
import { type Context, createContext } from './context';
import { aliasLimit, depthLimit } from './graphql/limits';
import { getSchema } from './graphql/schema';
import { dashboardRoutes } from './http/dashboard';
import { healthRoutes } from './http/health';
import { playgroundRoutes } from './http/playground';

export interface App {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/** Errors we did not raise on purpose are logged and shown without internals. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    console.error(unwrapResolverError(error));
    return {
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      path: formatted.path,
    };
  }
  return formatted;
}

/** Builds the HTTP app (GraphQL, playground, health) without listening: tests call it in-process. */
export async function createApp(orm: MikroORM, config: Config): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: true,
    validationRules: [depthLimit, aliasLimit],
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const playground = playgroundRoutes();
  app.use(healthRoutes(orm));
  app.use(playground.assets);
  app.use(dashboardRoutes());
  app.use(
    '/graphql',
    playground.page,
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(orm, config, req.headers.authorization),
    }),
  );

  return {
    app,
    httpServer,
    apollo,
    async stop() {
      await apollo.stop();
    },
  };
}
