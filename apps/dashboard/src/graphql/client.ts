import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';

/** Generated operations are typed strings: no GraphQL library is shipped to the browser. */
type Operation<TData, TVars> = DocumentTypeDecoration<TData, TVars> & { toString(): string };

export class ApiError extends Error {
  /** The API's error code (BAD_USER_INPUT, NOT_FOUND …); null for network failures. */
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

interface Body<TData> {
  data?: TData;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** SHA-256 of the query, hex: its id as a persisted query. Needs a secure context (https or localhost). */
async function hashOf(query: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const known = hashes.get(query);
  if (known) return known;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(query));
  const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  hashes.set(query, hash);
  return hash;
}

/** The app has a fixed set of operations: each is hashed once. */
const hashes = new Map<string, string>();

async function send<TData>(url: string, init: RequestInit): Promise<Body<TData> | null> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError('unreachable');
  }
  const body = (await response.json().catch(() => null)) as Body<TData> | null;
  if (!body) throw new ApiError(`HTTP ${response.status}`);
  return body;
}

/**
 * Runs an operation against the API (same origin). Queries go as GET with only their hash (a persisted
 * query), so the browser and any cache in front can keep the answer and revalidate it by ETag; the
 * first time the server does not know the hash, the query is POSTed once with it. The preflight header
 * satisfies Apollo's CSRF prevention.
 */
export async function request<TData, TVars>(
  document: Operation<TData, TVars>,
  variables: TVars,
): Promise<TData> {
  const query = document.toString();
  const headers = { accept: 'application/json', 'apollo-require-preflight': 'true' };
  const hash = query.trimStart().startsWith('mutation') ? null : await hashOf(query);
  const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
  let body: Body<TData> | null = null;
  if (extensions) {
    const params = new URLSearchParams({
      variables: JSON.stringify(variables ?? {}),
      extensions: JSON.stringify(extensions),
    });
    body = await send<TData>(`/graphql?${params}`, { headers });
  }
  if (!body || body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')
    body = await send<TData>('/graphql', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, extensions }),
    });
  if (!body || body.errors?.length || !body.data)
    throw new ApiError(body?.errors?.[0]?.message ?? 'no data', body?.errors?.[0]?.extensions?.code ?? null);
  return body.data;
}

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Runs a query when its variables change; keeps the last result while a new one loads. `skip` waits
 * (no request) until what the variables depend on has loaded.
 */
export function useQuery<TData, TVars>(
  document: Operation<TData, TVars>,
  variables: TVars,
  options: { skip?: boolean } = {},
): QueryState<TData> {
  const key = JSON.stringify(variables);
  const skip = options.skip ?? false;
  const [state, setState] = useState<QueryState<TData> & { key: string | null }>({
    data: null,
    error: null,
    loading: true,
    key: null,
  });
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    request(document, JSON.parse(key) as TVars).then(
      (data) => live && setState({ data, error: null, loading: false, key }),
      (error: ApiError) => live && setState({ data: null, error, loading: false, key }),
    );
    return () => {
      live = false;
    };
  }, [document, key, skip]);
  // Loading from the first render with new variables: the last result is kept, but never passed off
  // as the answer to them.
  const { data, error, loading } = state;
  return { data, error, loading: loading || (!skip && state.key !== key) };
}
