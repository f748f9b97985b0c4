import type React from 'react';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { NotFound } from './components/NotFound';
import { Overview } from './routes/Overview';

// Pages beyond the landing one load on demand, so the first view ships no chart library.
const Costs = lazy(() => import('./routes/Costs').then((m) => ({ default: m.Costs })));
const Effectiveness = lazy(() =>
  import('./routes/Effectiveness').then((m) => ({ default: m.Effectiveness })),
);
const CostEffectiveness = lazy(() =>
  import('./routes/CostEffectiveness').then((m) => ({ default: m.CostEffectiveness })),
);
const Catalogue = lazy(() => import('./routes/Catalogue').then((m) => ({ default: m.Catalogue })));
const Detail = lazy(() => import('./routes/Detail').then((m) => ({ default: m.Detail })));
const Timeline = lazy(() => import('./routes/Timeline').then((m) => ({ default: m.Timeline })));
const Review = lazy(() => import('./routes/Review').then((m) => ({ default: m.Review })));
const ReviewDraft = lazy(() => import('./routes/ReviewDraft').then((m) => ({ default: m.ReviewDraft })));
const Edit = lazy(() => import('./routes/Edit').then((m) => ({ default: m.Edit })));
const Profile = lazy(() => import('./routes/Profile').then((m) => ({ default: m.Profile })));
const MapPage = lazy(() => import('./national/MapPage').then((m) => ({ default: m.MapPage })));

import { PAGE_PATHS, type PagePath } from './pages';
import './styles.css';

/** One element per page path (the type makes the two lists agree). */
const PAGES: Record<PagePath, React.ReactElement> = {
  '': <Overview />,
  costs: <Costs />,
  effectiveness: <Effectiveness />,
  'cost-effectiveness': <CostEffectiveness />,
  catalogue: <Catalogue />,
  timeline: <Timeline />,
  'item/:id': <Detail />,
  'municipality/:code': <Profile />,
  map: <MapPage />,
  review: <Review />,
  'review/:id': <ReviewDraft />,
  'edit/:id': <Edit />,
};

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <Suspense fallback={<p role="status">…</p>}>
        <Routes>
          <Route element={<Layout />}>
            {PAGE_PATHS.map((path) =>
              path === '' ? (
                <Route key="index" index element={PAGES[path]} />
              ) : (
                <Route key={path} path={path} element={PAGES[path]} />
              ),
            )}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  </StrictMode>,
);
