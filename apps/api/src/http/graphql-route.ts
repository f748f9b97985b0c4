import { type ApolloServer, type BaseContext, type ContextFunction, HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo Server under Express: @as-integrations/express5's handler, with one difference — the answer's
 * text is made by `utf8JsonText` (Apollo's `stringifyResult`, set in server.ts), whose characters are
 * the answer's UTF-8 bytes, so it is sent as those bytes (`latin1`) instead of being encoded again.
 * Every text Apollo answers with goes through `stringifyResult` here: results and request errors (its
 * landing page is off and batching refused).
 */
export function graphqlRoute<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: ContextFunction<[{ req: Request; res: Response }], C>,
): RequestHandler {
  apollo.assertStarted('graphqlRoute()');
  return async (req, res, next) => {
    try {
      const query = req.url.indexOf('?');
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: query < 0 ? '' : req.url.slice(query),
          body: req.body,
        },
        context: () => context({ req, res }),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.send(Buffer.from(response.body.string, 'latin1'));
        return;
      }
      // Incremental delivery (not enabled here): chunks as Apollo makes them.
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      next(err);
    }
  };
}
