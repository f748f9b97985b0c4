import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestHandler, Router } from 'express';
import express from 'express';

export const PLAYGROUND_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../playground/dist',
);

/**
 * The bundled GraphiQL (apps/playground) — no CDN, so it works offline. Browsers asking
 * `/graphql` for HTML get the playground — also with `?query=…` (the dashboard's "open in the
 * playground" links), which the page puts in its editor; everything else falls through to the
 * GraphQL handler. API clients ask for JSON, so a GET query with `?query=` still reaches it.
 */
export function playgroundRoutes(dist = PLAYGROUND_DIST): { assets: Router; page: RequestHandler } {
  const indexFile = path.join(dist, 'index.html');
  const assets = express.Router();
  assets.use('/playground', express.static(dist, { index: false, immutable: true, maxAge: '1y' }));
  const page: RequestHandler = (req, res, next) => {
    const wantsHtml = req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (!wantsHtml) return next();
    if (!existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain')
        .send(
          'The playground is not built. Run `pnpm start` (or `pnpm --filter @vertailu/playground build`).',
        );
      return;
    }
    res.type('html').set('Cache-Control', 'no-cache').send(readFileSync(indexFile));
  };
  return { assets, page };
}
