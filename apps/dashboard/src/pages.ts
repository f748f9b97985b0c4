/**
 * Every page of the dashboard, as React Router patterns below `/` ('' is the overview). The router
 * renders exactly these (main.tsx); the build writes them to `dist/pages.json`, from which the API
 * answers any other path with HTTP 404 (and the not-found page), so links checkers, crawlers and
 * monitors see a missing page as missing.
 */
export const PAGE_PATHS = [
  '',
  'costs',
  'effectiveness',
  'cost-effectiveness',
  'catalogue',
  'timeline',
  'item/:id',
  'municipality/:code',
  'map',
  'review',
  'review/:id',
  'edit/:id',
] as const;

export type PagePath = (typeof PAGE_PATHS)[number];
