import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examples } from './examples';

// Same origin as the page: the API serves both, so no CORS and no CDN are involved.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={examples} shouldPersistHeaders />
  </StrictMode>,
);
