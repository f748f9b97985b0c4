import { readFileSync } from 'node:fs';

/**
 * The load test's reads: the dashboard's own operations with the variables its pages send, so the
 * traffic mix is the one real users make. Kept apart from the load tool so a test can check them
 * against `schema.graphql` (test/loadtest-reads.test.ts): a renamed operation or a changed variable in
 * the dashboard then fails `pnpm test`, not a 30-minute soak.
 */
export const DASHBOARD_OPERATION_FILES = ['dashboard.graphql', 'national.graphql'];

/** The dashboard's operation documents, as one GraphQL document. */
export function dashboardOperations(): string {
  return DASHBOARD_OPERATION_FILES.map((file) =>
    readFileSync(new URL(`../../dashboard/src/graphql/${file}`, import.meta.url), 'utf8'),
  ).join('\n');
}

/** The four municipalities of the documents: the dashboard's default comparison set. */
const ALL = ['020', '186', '211', '851'];

/** Each read as [operation name, variables]; `projectId` is a stored project's global id. */
export function loadtestReads(projectId: string): [string, Record<string, unknown>][] {
  return [
    ['Register', {}],
    [
      'Compare',
      {
        municipalities: ALL,
        indicators: ['OWN_PROJECT_COST', 'EXTERNAL_FUNDING_SHARE'],
        normalize: 'PER_INHABITANT',
      },
    ],
    ['MatrixPage', { municipalities: ALL, limit: 20 }],
    ['Profile', { code: '851' }],
    ['Catalogue', { search: 'perhe', municipalities: ALL, first: 50, offset: 0 }],
    ['Detail', { id: projectId }],
    ['Timeline', { first: 50, offset: 0 }],
    ['CostRoles', { municipalities: ALL }],
  ];
}
