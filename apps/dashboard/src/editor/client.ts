import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { type ApiProblem, type GraphQLErrorBody, problemOf } from './errors';

type Operation<TData, TVars> = DocumentTypeDecoration<TData, TVars> & { toString(): string };

/** An editor's request that the API refused, with what the forms need to show it. */
export class EditorError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.message);
  }
}

/**
 * Sends an operation with the editor's key. Unlike the public reads, always a POST with
 * `cache: 'no-store'`: an answer for one key must never be kept by the browser or served to another,
 * and the key never appears in a URL (logs, history, Referer).
 */
export async function editorRequest<TData, TVars>(
  document: Operation<TData, TVars>,
  variables: TVars,
  key: string,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      cache: 'no-store',
      credentials: 'omit',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new EditorError({ code: 'UNREACHABLE', message: 'unreachable', field: null });
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TData | null;
    errors?: GraphQLErrorBody[];
  } | null;
  const problem = problemOf(body?.errors);
  if (problem) throw new EditorError(problem);
  if (!body?.data)
    throw new EditorError({ code: `HTTP_${response.status}`, message: 'no data', field: null });
  return body.data;
}

export interface EditorQuery<T> {
  data: T | null;
  error: EditorError | null;
  loading: boolean;
  reload: () => void;
}

/** An editor's query, run again on `reload()` (after a mutation, or to take someone else's change). */
export function useEditorQuery<TData, TVars>(
  document: Operation<TData, TVars>,
  variables: TVars,
  key: string,
): EditorQuery<TData> {
  const vars = JSON.stringify(variables);
  const [round, setRound] = useState(0);
  const [state, setState] = useState<Omit<EditorQuery<TData>, 'reload'>>({
    data: null,
    error: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    // `round` asks again after reload(); it is read so the effect re-runs.
    void round;
    editorRequest(document, JSON.parse(vars) as TVars, key).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: EditorError) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [document, vars, key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
