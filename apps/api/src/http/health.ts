import type { MikroORM } from '@mikro-orm/core';
import type { Router } from 'express';
import express from 'express';

/** `/health`: the process answers. `/ready`: the database answers too (for load balancers). */
export function healthRoutes(orm: MikroORM): Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  return router;
}
