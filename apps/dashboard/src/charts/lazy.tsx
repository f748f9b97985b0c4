import { lazy } from 'react';

/**
 * The charts, loaded after a page's own figures: the chart library is the largest script, and a page's
 * table (its first meaningful content) needs none of it. Render them inside <Suspense>.
 */
export const LazyCostStackChart = lazy(() =>
  import('./CostStackChart').then((m) => ({ default: m.CostStackChart })),
);
export const LazySpendingOverTime = lazy(() =>
  import('./SpendingOverTime').then((m) => ({ default: m.SpendingOverTime })),
);
export const LazyCostEffectScatter = lazy(() =>
  import('./CostEffectScatter').then((m) => ({ default: m.CostEffectScatter })),
);
export const LazyMeasuredOutcomes = lazy(() =>
  import('./MeasuredOutcomes').then((m) => ({ default: m.MeasuredOutcomes })),
);
