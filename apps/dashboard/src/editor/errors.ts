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

/** The words `explainProblem` needs, in the page's language (src/i18n-editor.ts `problems`). */
export interface ProblemTexts {
  empty: string;
  tooLong: (max: number) => string;
  control: string;
  invisible: (codePoint: string) => string;
  date: string;
  order: string;
  periodNeeds: string;
  nonNegative: string;
  amountMax: string;
  cents: string;
  finite: string;
  notInSource: string;
  notAtOffset: string;
  personalData: string;
  notCode: string;
  requiredWithValue: string;
  cannotClear: string;
  year: string;
  oneOf: (values: string) => string;
  tooMany: (max: number) => string;
  positive: string;
  noSuch: string;
  needsAttribute: (name: string) => string;
  draftNeeds: (what: 'name' | 'municipality') => string;
  outcomeNeedsDomain: string;
  lengthBetween: (min: number, max: number) => string;
  periodValue: string;
  dateForm: string;
  offset: string;
  bothEnds: string;
  whitespace: string;
  /** A check the dashboard does not know yet: said in general words, the API's own beside it. */
  other: string;
  conflict: string;
  forbidden: string;
  signedOut: string;
  rateLimited: string;
  unavailable: string;
  unreachable: string;
  notFound: string;
  failed: string;
}

/** The API's checks (apps/api/src/graphql/validate.ts and the services), by the words they start with. */
const RULES: [RegExp, (m: RegExpExecArray, t: ProblemTexts) => string][] = [
  [/^(?:must not be empty|is required)\.$/, (_m, t) => t.empty],
  [/^must be at most (\d+) characters\.$/, (m, t) => t.tooLong(Number(m[1]))],
  [/^contains control characters\.$/, (_m, t) => t.control],
  [
    /^contains an invisible or text-direction control character \((U\+[0-9A-F]+)\)/,
    (m, t) => t.invisible(m[1] as string),
  ],
  [/is not a date of the form YYYY-MM-DD\.$/, (_m, t) => t.date],
  [/^ends \(.*\) before it starts \(.*\)\.$|^must not be after /, (_m, t) => t.order],
  [/^needs a start or an end/, (_m, t) => t.periodNeeds],
  [/^must be a number ≥ 0/, (_m, t) => t.nonNegative],
  [/^must be at most \S+ euros\.$/, (_m, t) => t.amountMax],
  [/^must have at most two decimals/, (_m, t) => t.cents],
  [/^must be a finite number\.$/, (_m, t) => t.finite],
  [/^does not occur (?:\d+ times )?in the source\.$/, (_m, t) => t.notInSource],
  [/^does not stand at offset \d+ of the source\.$/, (_m, t) => t.notAtOffset],
  [/^names a person/, (_m, t) => t.personalData],
  [
    /is not (?:a vocabulary|an outcome domain|a known municipality) code\.$|is not a known municipality\.$/,
    (_m, t) => t.notCode,
  ],
  [/^is required when a value is given\.$/, (_m, t) => t.requiredWithValue],
  [/^cannot be cleared\.$/, (_m, t) => t.cannotClear],
  [/^must be a year between/, (_m, t) => t.year],
  [/^must be one of (.*)\.$/, (m, t) => t.oneOf(m[1] as string)],
  [/^at most (\d+) /, (m, t) => t.tooMany(Number(m[1]))],
  [/^(?:must be 1 or more|must be a positive integer)\.$/, (_m, t) => t.positive],
  [/^no such \w+\.$|^the draft has no field /, (_m, t) => t.noSuch],
  // Review (editDraft, acceptDraft).
  [/^the draft has no (name|municipality):/, (m, t) => t.draftNeeds(m[1] as 'name' | 'municipality')],
  [/^the outcome needs a domain/, (_m, t) => t.outcomeNeedsDomain],
  [/ needs a "([\w-]+)"\.$/, (m, t) => t.needsAttribute(m[1] as string)],
  [/^must be (\d+)–(\d+) characters\.$/, (m, t) => t.lengthBetween(Number(m[1]), Number(m[2]))],
  [/^must be "YYYY-MM-DD\/YYYY-MM-DD"/, (_m, t) => t.periodValue],
  [/^must be a date YYYY-MM-DD\.$/, (_m, t) => t.dateForm],
  [/^must be a non-negative number/, (_m, t) => t.nonNegative],
  [/^must be (\S+) or (\S+)\.$/, (m, t) => t.oneOf(`${m[1]}, ${m[2]}`)],
  [/^must be "(\w+)"\.$/, (m, t) => t.oneOf(m[1] as string)],
  [/^must be an offset into the document text|^must be after start and at most/, (_m, t) => t.offset],
  [/^give both start and end\.$/, (_m, t) => t.bothEnds],
  [/^the passage is only white space\.$/, (_m, t) => t.whitespace],
];

/**
 * What the editor reads about a refused request, in the page's language: the API words its checks in
 * English (`code` + `field` + message); the dashboard says them in Finnish (or English) by the code
 * and the check. `original` is the API's own words, for a check this table does not know yet.
 */
export function explainProblem(
  problem: ApiProblem,
  t: ProblemTexts,
): { text: string; original: string | null } {
  switch (problem.code) {
    case 'CONFLICT':
      return { text: t.conflict, original: null };
    case 'FORBIDDEN':
      return { text: t.forbidden, original: null };
    case 'UNAUTHENTICATED':
      return { text: t.signedOut, original: null };
    case 'RATE_LIMITED':
      return { text: t.rateLimited, original: null };
    case 'SERVICE_UNAVAILABLE':
    case 'EXECUTION_TIMEOUT':
      return { text: t.unavailable, original: null };
    case 'UNREACHABLE':
      return { text: t.unreachable, original: null };
    case 'NOT_FOUND':
      return { text: t.notFound, original: null };
    case 'BAD_USER_INPUT':
      for (const [re, say] of RULES) {
        const m = re.exec(problem.message);
        if (m) return { text: say(m, t), original: null };
      }
      return { text: t.other, original: problem.message };
    default:
      return { text: t.failed, original: problem.code.startsWith('HTTP_') ? null : problem.message };
  }
}

/**
 * The words for the field an API error names, for a message that is not shown at the field:
 * `input.citations[1].quote` → "Lähde 2: Lainaus", `input.period.start` → "Alkaa".
 */
export function fieldLabelOf(
  field: string | null,
  labels: Record<string, string>,
  citation: (n: number) => string,
): string | null {
  if (!field) return null;
  const path = field.replace(/^input\./, '');
  const cited = /^citations\[(\d+)\]\.(\w+)$/.exec(path);
  if (cited) return `${citation(Number(cited[1]) + 1)}: ${labels[`citation.${cited[2]}`] ?? cited[2]}`;
  return labels[path] ?? labels[path.split(/[.[]/)[0] ?? ''] ?? path;
}

/** The citation row and part an API error names (`input.citations[0].quote` → row 0, `quote`). */
export function citationProblemAt(problem: ApiProblem | null): { row: number; part: string } | null {
  const m = /^input\.citations\[(\d+)\]\.(\w+)$/.exec(problem?.field ?? '');
  return m ? { row: Number(m[1]), part: m[2] as string } : null;
}
