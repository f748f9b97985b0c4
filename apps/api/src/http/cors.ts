import type { RequestHandler } from 'express';

/**
 * CORS by allow-list (CORS_ORIGINS). Other origins get no CORS headers, so browsers keep their pages
 * from reading the API; preflights from them are answered 403.
 */
export function corsAllowList(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    if (origin && allowed.has(origin)) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers':
          'Content-Type, Authorization, Apollo-Require-Preflight, X-Apollo-Operation-Name',
        'Access-Control-Max-Age': '600',
      });
    }
    if (req.method === 'OPTIONS') {
      res.status(origin && allowed.has(origin) ? 204 : 403).end();
      return;
    }
    next();
  };
}
