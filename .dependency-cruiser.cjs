/**
 * Dependency rules, run by `pnpm deps` (part of `pnpm test`). See ARCHITECTURE.md § Layers.
 * A rule here fails the build; do not weaken one to make a change pass — move the code instead.
 * @type {import('dependency-cruiser').IConfiguration}
 */

// Source files that must stay pure: plain functions over plain data, runnable anywhere
// (browser, worker, test) in milliseconds. packages/data's loader reads files, so it is not pure.
const PURE = [
  '^packages/indicators/src/',
  '^packages/ingest/src/',
  '^packages/data/src/(cite|labels|register|types|universal|validate|vocabulary)\\.ts$',
].join('|');

// Import cycles that existed when the checker was introduced and are not fixed yet. Each one is
// named; any NEW cycle fails. Remove an entry when its cycle is gone (the checker then holds it).
// Today: none (the last one, context.ts ↔ graphql/loaders.ts ↔ graphql/deadline.ts, is gone:
// deadline.ts reads `{ deadline, rows }` instead of the whole Context).
const KNOWN_CYCLES = '^$';

// apps/api's foundations: transport and storage pieces every feature builds on. They import no
// feature folder (src/modules/*) — except the composition roots, which wire the features together.
// No exceptions are left (the read path's citations loader, relation loaders and list filters moved
// to modules/source, the owners' folders and modules/search). `pnpm deps` also runs
// scripts/folder-cycles.mjs: no cycles between folders, foundations and feature folders alike.
const FOUNDATIONS = '^apps/api/src/(core|db|graphql|http)/|^apps/api/src/(context|config)\\.ts$';
const COMPOSITION_ROOTS = [
  '^apps/api/src/graphql/(schema|print-schema|schema-file|print)\\.ts$',
  '^apps/api/src/db/(entities|orm|cli|db\\.cli|dump\\.cli|seed/.*)\\.ts$',
].join('|');

module.exports = {
  forbidden: [
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      comment:
        'src/core (domain errors, validation) imports nothing else of the API and no GraphQL, ORM or HTTP.',
      from: { path: '^apps/api/src/core/' },
      to: {
        path: '^apps/api/src/(?!core/)|@mikro-orm/|(^|/)graphql(/|$)|type-graphql|@apollo/|express|knex',
      },
    },
    {
      name: 'use-cases-know-no-graphql',
      severity: 'error',
      comment:
        'Use cases (modules/*/*.service.ts) take plain commands and return plain data: no GraphQL, no transport pieces (ids, connections, enums are decoded and built by resolvers). Core pieces they share live in src/core.',
      from: { path: '^apps/api/src/modules/[^/]+/[^/]+\\.service\\.ts$' },
      to: { path: '^apps/api/src/graphql/|type-graphql|(^|/)graphql(/|$)|@apollo/' },
    },
    {
      name: 'foundations-no-features',
      severity: 'error',
      comment:
        'Foundations (core, db, graphql, http, context, config) import no feature folder; composition roots excepted.',
      from: { path: FOUNDATIONS, pathNot: COMPOSITION_ROOTS },
      to: { path: '^apps/api/src/modules/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Layers import downwards only. A cycle means a shared piece needs a home of its own.',
      from: { pathNot: KNOWN_CYCLES },
      to: { circular: true },
    },
    {
      name: 'no-circular-known-exception',
      severity: 'error',
      comment: 'A listed known cycle may not grow to include files outside its list.',
      from: { path: KNOWN_CYCLES },
      to: { circular: true, via: { pathNot: KNOWN_CYCLES } },
    },
    {
      name: 'pure-no-io-orm-graphql',
      severity: 'error',
      comment: 'Pure domain code imports no node: built-ins, no ORM, no GraphQL, no HTTP server.',
      from: { path: PURE, pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '^node:|@mikro-orm/|(^|/)graphql(/|$)|type-graphql|@apollo/|express|knex|(^|/)pg(/|$)|redis',
      },
    },
    {
      name: 'pure-no-node-builtins',
      severity: 'error',
      comment:
        'Pure domain code imports no node built-ins (fs, path, crypto…), even without the node: prefix.',
      from: { path: PURE, pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-no-data-loader',
      severity: 'error',
      comment: 'Pure code does not reach into the file loader of @vertailu/data directly.',
      from: { path: PURE },
      to: { path: '^packages/data/src/load\\.ts$' },
    },
    {
      name: 'packages-not-apps',
      severity: 'error',
      comment: 'Packages are the lower layer; they import nothing from apps/.',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'dashboard-not-api',
      severity: 'error',
      comment:
        'The dashboard talks to the API over GraphQL only; from the API it may use generated types, nothing else.',
      from: { path: '^apps/dashboard/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^apps/api/|@vertailu/api', pathNot: '^apps/api/schema\\.graphql$' },
    },
    {
      name: 'playground-not-api-source',
      severity: 'error',
      comment: 'The playground is a static client; it imports no API source.',
      from: { path: '^apps/playground/src/' },
      to: { path: '^apps/api/src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
