import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examples } from './examples';

// Same origin as the page: the API serves both, so no CORS and no CDN are involved.
// Apollo's CSRF prevention is satisfied: the toolkit POSTs with `content-type: application/json`.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href });
// Shown on first visit; afterwards GraphiQL restores the user's own tabs from localStorage.
const defaultTabs = examples.map(({ query, variables }) => ({ query, variables }));
// A link such as the dashboard's "Avaa GraphQL-kokeilussa" (`/graphql?query=…&variables=…`) opens
// its query in a tab of its own, ready to run.
const params = new URLSearchParams(window.location.search);
const linkedQuery = params.get('query') ?? undefined;
const linkedVariables = params.get('variables') ?? undefined;

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={defaultTabs}
      initialQuery={linkedQuery}
      initialVariables={linkedVariables}
      isHeadersEditorEnabled
      shouldPersistHeaders
    />
  </StrictMode>,
);
