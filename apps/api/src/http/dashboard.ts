import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Router } from 'express';
import express from 'express';

export const DASHBOARD_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../dashboard/dist',
);

/**
 * The built dashboard (apps/dashboard) at `/`: its assets, and index.html for every other page
 * path so that links like /costs?norm=PER_INHABITANT open directly. Without a build, `/` leads to
 * the playground.
 */
export function dashboardRoutes(dist = DASHBOARD_DIST): Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y' }));
  router.get(/^\/(?!graphql|playground|health|ready|assets).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.redirect('/graphql');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
