import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Router } from 'express';
import express from 'express';

export const DASHBOARD_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../dashboard/dist',
);

/** Whether the thing a page path names exists (a municipality code, an item id); by the page's pattern. */
export type PageTargetCheck = (pattern: string, params: Record<string, string>) => Promise<boolean>;

/** The dashboard's page patterns ("item/:id") as matchers; null when the build has no page list. */
export function pageMatcher(
  patterns: readonly string[],
): (pathname: string) => { pattern: string; params: Record<string, string> } | null {
  const compiled = patterns.map((pattern) => {
    const names: string[] = [];
    const source = pattern
      .split('/')
      .map((part) => {
        if (part.startsWith(':')) {
          names.push(part.slice(1));
          return '([^/]+)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { pattern, names, re: new RegExp(`^${source}/?$`) };
  });
  return (pathname) => {
    const path = pathname.replace(/^\/+/, '');
    for (const c of compiled) {
      const m = c.re.exec(path);
      if (m) {
        const params: Record<string, string> = {};
        c.names.forEach((name, i) => {
          params[name] = decodeURIComponent(m[i + 1] as string);
        });
        return { pattern: c.pattern, params };
      }
    }
    return null;
  };
}

/**
 * The built dashboard (apps/dashboard) at `/`: its assets, and index.html for every other page
 * path so that links like /costs?norm=PER_INHABITANT open directly. A path that is none of the
 * dashboard's pages (its build's `pages.json`), or names a municipality or item that does not exist
 * (`check`), is answered 404 — with the same index.html, which shows the not-found page. Without a
 * build, `/` leads to the playground.
 */
export function dashboardRoutes(dist = DASHBOARD_DIST, check?: PageTargetCheck): Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  const pagesFile = path.join(dist, 'pages.json');
  let match: ReturnType<typeof pageMatcher> | null | undefined;
  const matcher = () => {
    // Read once, when the first page is asked for (the build may come after the server starts in dev).
    if (match === undefined && existsSync(pagesFile))
      match = pageMatcher(JSON.parse(readFileSync(pagesFile, 'utf8')) as string[]);
    return match ?? null;
  };
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y' }));
  router.get(/^\/(?!graphql|playground|health|ready|assets).*/, async (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.redirect('/graphql');
      return;
    }
    try {
      const m = matcher();
      let found = true;
      if (m) {
        const page = m(req.path);
        found = page !== null && (!check || (await check(page.pattern, page.params)));
      }
      res
        .status(found ? 200 : 404)
        .set('Cache-Control', 'no-cache')
        .sendFile(index);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
