/**
 * What the API said about an editor's request, as the forms need it: which input field a
 * BAD_USER_INPUT names, whether the record changed meanwhile (CONFLICT), whether the key may not.
 */

export interface ApiProblem {
  code: string;
  message: string;
  /** The input path the API named (`input.name`, `input.set[0].value`), if any. */
  field: string | null;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; problem?: string };
}

export function problemOf(errors: readonly GraphQLErrorBody[] | undefined | null): ApiProblem | null {
  const e = errors?.[0];
  if (!e) return null;
  const field = e.extensions?.field ?? null;
  // The API's message starts with the path it names ("input.name: must not be empty."): at the field, the rest.
  const message = field && e.message.startsWith(`${field}: `) ? e.message.slice(field.length + 2) : e.message;
  return { code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR', message, field };
}

/**
 * The form field an error belongs to: `input.name` → `name`, `input.period.start` → `period`,
 * `input.set[0].value` → `set[0]`. Null when the error is about the request as a whole.
 */
export function formFieldOf(problem: ApiProblem | null): string | null {
  if (!problem?.field) return null;
  const path = problem.field.replace(/^input\./, '');
  const set = /^set\[\d+\]/.exec(path);
  if (set) return set[0];
  return path.split(/[.[]/)[0] || null;
}

export type ProblemKind = 'field' | 'conflict' | 'forbidden' | 'signedOut' | 'other';

export function kindOf(problem: ApiProblem): ProblemKind {
  if (problem.code === 'CONFLICT') return 'conflict';
  if (problem.code === 'FORBIDDEN') return 'forbidden';
  if (problem.code === 'UNAUTHENTICATED') return 'signedOut';
  if (problem.code === 'BAD_USER_INPUT' && problem.field) return 'field';
  return 'other';
}
