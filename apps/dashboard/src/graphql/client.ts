import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';

/** Generated operations are typed strings: no GraphQL library is shipped to the browser. */
type Operation<TData, TVars> = DocumentTypeDecoration<TData, TVars> & { toString(): string };

export class ApiError extends Error {}

/** POSTs an operation to the API (same origin). Apollo's CSRF guard accepts JSON bodies. */
export async function request<TData, TVars>(
  document: Operation<TData, TVars>,
  variables: TVars,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('unreachable');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TData;
    errors?: { message: string }[];
  } | null;
  if (!body || body.errors?.length || !body.data)
    throw new ApiError(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** Runs a query when its variables change; keeps the last result while a new one loads. */
export function useQuery<TData, TVars>(
  document: Operation<TData, TVars>,
  variables: TVars,
): QueryState<TData> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TData>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    request(document, JSON.parse(key) as TVars).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: ApiError) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [document, key]);
  return state;
}
