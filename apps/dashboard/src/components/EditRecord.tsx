import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { auditDiff } from '../editor/audit';
import { EditorError, editorRequest, useEditorQuery } from '../editor/client';
import { citationProblemAt, fieldLabelOf, formFieldOf } from '../editor/errors';
import {
  type CitationRow,
  changedInput,
  citationRowsOf,
  citationsInput,
  codeOptions,
  type EditableType,
  type FieldSpec,
  FORMS,
  toggleCode,
  type Unreadable,
  type Values,
  valuesOf,
} from '../editor/record-form';
import {
  AuditTrailDocument,
  EditableRecordDocument,
  EditorChoicesDocument,
  type EditorChoicesQuery,
  UpdateCostItemRecordDocument,
  UpdateFundingLineRecordDocument,
  UpdateOutcomeRecordDocument,
  UpdatePracticeRecordDocument,
  UpdateProjectRecordDocument,
} from '../graphql/generated';
import { useEditorTexts, useExplain } from '../i18n-editor';
import { EditorProblem } from './EditorGate';

type Input = Record<string, unknown> & { id: string; version: number };
type Choices = EditorChoicesQuery;
type Citable = {
  citations: {
    quote: string;
    start: number;
    field: string | null;
    note: string | null;
    source: { id: string; title: string };
  }[];
};

/**
 * One update per editable record type; all answer with the record's new version. Only the changed
 * fields are sent: an absent field is left as it is, which the generated types (every field present)
 * cannot say, hence the cast.
 */
async function update(type: EditableType, changes: Input, key: string): Promise<number> {
  const input = changes as never;
  switch (type) {
    case 'Project':
      return (await editorRequest(UpdateProjectRecordDocument, { input }, key)).updateProject.version;
    case 'Practice':
      return (await editorRequest(UpdatePracticeRecordDocument, { input }, key)).updatePractice.version;
    case 'Outcome':
      return (await editorRequest(UpdateOutcomeRecordDocument, { input }, key)).updateOutcome.version;
    case 'FundingLine':
      return (await editorRequest(UpdateFundingLineRecordDocument, { input }, key)).updateFundingLine.version;
    case 'CostItem':
      return (await editorRequest(UpdateCostItemRecordDocument, { input }, key)).updateCostItem.version;
  }
}

interface Base {
  values: Values;
  citations: CitationRow[];
  version: number;
}

/**
 * A record's fields as a form — texts, amounts, dates, periods, codes as selects in the page's language,
 * vocabularies as check boxes, and its citations: the API's validation is shown at the field it names
 * (in the page's language), a version conflict offers reload or overwrite, and the audit trail is below
 * (administrator keys only).
 */
export function EditRecord({ id, apiKey, signOut }: { id: string; apiKey: string; signOut: () => void }) {
  const { e, lang } = useEditorTexts();
  const explain = useExplain();
  const formId = useId();
  const q = useEditorQuery(EditableRecordDocument, { id }, apiKey);
  const choices = useEditorQuery(EditorChoicesDocument, {}, apiKey);
  const node = q.data?.node;
  const type = node && node.__typename in FORMS ? (node.__typename as EditableType) : null;
  const [base, setBase] = useState<Base | null>(null);
  const [values, setValues] = useState<Values>({});
  const [citations, setCitations] = useState<CitationRow[]>([]);
  const [failure, setFailure] = useState<EditorError | null>(null);
  const [local, setLocal] = useState<{ field: string; message: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [auditRound, setAuditRound] = useState(0);

  // What the server holds becomes the form's starting point (on load and on reload).
  useEffect(() => {
    if (!node || !type || !('version' in node)) return;
    const loaded = valuesOf(type, node as Record<string, unknown>, lang);
    const cited = citationRowsOf((node as unknown as Citable).citations ?? []);
    setBase({ values: loaded, citations: cited, version: node.version });
    setValues(loaded);
    setCitations(cited);
  }, [node, type, lang]);

  if (q.error) return <EditorProblem error={q.error} signOut={signOut} />;
  if (!q.data) return <p role="status">…</p>;
  if (!type) return <p role="alert">{e.notEditable}</p>;
  if (!base) return <p role="status">…</p>;

  const unreadableText = (u: Unreadable) =>
    u.reason === 'date' ? e.unreadableDate : u.reason === 'year' ? e.unreadableYear : e.unreadableNumber;

  /** The input for my changes against `from`, or null when the editor must fix something first. */
  const inputAgainst = (from: Base): Record<string, unknown> | null => {
    const changed = changedInput(type, from.values, values);
    if ('unreadable' in changed) {
      setLocal({ field: changed.unreadable.field, message: unreadableText(changed.unreadable) });
      document.getElementById(`${formId}-${changed.unreadable.field}`)?.focus();
      return null;
    }
    const cited = citationsInput(from.citations, citations);
    return cited === undefined ? changed.input : { ...changed.input, citations: cited };
  };

  const saved = (next: number) => {
    setBase({ values, citations, version: next });
    setNotice(e.saved);
    setAuditRound((r) => r + 1);
  };

  const failed = (err: unknown) => {
    if (!(err instanceof EditorError)) throw err;
    setFailure(err);
    // The first field the API named gets the focus, so the editor lands where to fix it.
    const at = citationProblemAt(err.problem);
    const field = formFieldOf(err.problem);
    const target = at
      ? `${formId}-citation-${at.row}-${at.part === 'field' || at.part === 'note' ? at.part : 'quote'}`
      : `${formId}-${field === 'period' ? 'period.start' : field}`;
    document.getElementById(target)?.focus();
  };

  const save = async (version: number) => {
    setFailure(null);
    setLocal(null);
    setNotice(null);
    const input = inputAgainst(base);
    if (!input) return;
    if (!Object.keys(input).length) {
      setNotice(e.nothingChanged);
      return;
    }
    try {
      saved(await update(type, { ...input, id, version }, apiKey));
    } catch (err) {
      failed(err);
    }
  };

  /** Someone else's version is taken as the base and my values are written over it. */
  const overwrite = async () => {
    try {
      const fresh = await editorRequest(EditableRecordDocument, { id }, apiKey);
      const current = fresh.node && 'version' in fresh.node ? fresh.node.version : base.version;
      const theirs: Base = {
        values: valuesOf(type, (fresh.node ?? {}) as Record<string, unknown>, lang),
        citations: citationRowsOf((fresh.node as unknown as Citable | null)?.citations ?? []),
        version: current,
      };
      const mine = inputAgainst(theirs);
      if (!mine) return;
      setBase(theirs);
      setFailure(null);
      saved(await update(type, { ...mine, id, version: current }, apiKey));
    } catch (err) {
      failed(err);
    }
  };

  const apiField = failure ? formFieldOf(failure.problem) : null;
  const citationAt = failure ? citationProblemAt(failure.problem) : null;
  const fieldError = (name: string) =>
    local?.field === name || (local?.field.startsWith(`${name}.`) ?? false)
      ? (local?.message ?? null)
      : failure && !citationAt && apiField === name
        ? explain(failure.problem).text
        : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(base.version);
  };
  const conflict = failure?.problem.code === 'CONFLICT';
  const atAField = !!failure && (!!citationAt || FORMS[type].some((f) => f.name === apiField));
  const general = failure && !conflict && !atAField;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  // A vocabulary with links marked as aims is shown but not edited: the update's list would make them current.
  const aimsOf = (links: string) =>
    node && links in node
      ? ((node as Record<string, unknown>)[links] as { status: string }[]).filter((l) => l.status === 'AIM')
          .length
      : 0;
  const aims: Record<string, number> = {
    sectors: aimsOf('sectorLinks'),
    targetGroups: aimsOf('targetGroupLinks'),
  };

  return (
    <>
      <h3 data-testid="record-type">
        {e.types[type]} · {base.values.name || base.values.summaryEn || base.values.amount || id}
      </h3>
      <div role="status" aria-live="polite" data-testid="record-notice">
        {notice}
      </div>
      {conflict && (
        <div role="alert" className="editor-problem" data-testid="record-conflict">
          <p>{e.conflict}</p>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setFailure(null);
                q.reload();
              }}
              data-testid="conflict-reload"
            >
              {e.reload}
            </button>
            <button type="button" onClick={() => void overwrite()} data-testid="conflict-overwrite">
              {e.overwrite}
            </button>
          </div>
        </div>
      )}
      {general && (
        <GeneralProblem
          error={failure}
          label={fieldLabelOf(failure.problem.field, e.labels, e.citation)}
          signOut={signOut}
        />
      )}
      <form onSubmit={submit} className="record-form" data-testid="record-form" noValidate>
        {FORMS[type].map((f) => (
          <FormField
            key={f.name}
            spec={f}
            id={`${formId}-${f.name}`}
            values={values}
            set={set}
            error={fieldError(f.name)}
            choices={choices.data}
            locked={aims[f.name] ? e.aimsLocked(aims[f.name] as number) : null}
          />
        ))}
        <Citations
          formId={formId}
          rows={citations}
          setRows={setCitations}
          sources={choices.data?.sources.edges.map((edge) => edge.node) ?? []}
          problem={citationAt && failure ? { ...citationAt, text: explain(failure.problem).text } : null}
        />
        <div>
          <button type="submit" data-testid="record-save">
            {e.save}
          </button>
        </div>
      </form>
      {node && 'costs' in node && <Details node={node} />}
      <AuditTrail id={id} apiKey={apiKey} round={auditRound} />
    </>
  );
}

/** A refused request that names no field of the form (or none at all), in the page's language. */
function GeneralProblem({
  error,
  label,
  signOut,
}: {
  error: EditorError;
  label: string | null;
  signOut: () => void;
}) {
  const explain = useExplain();
  if (error.problem.code === 'UNAUTHENTICATED' || error.problem.code === 'FORBIDDEN')
    return <EditorProblem error={error} signOut={signOut} />;
  const { text } = explain(error.problem);
  return (
    <div role="alert" className="editor-problem" data-testid="record-problem">
      {label ? `${label}: ` : ''}
      {text}
    </div>
  );
}

/** A select's choices: codes named from labels.ts, terms and municipalities from the database, yes / no. */
function optionsOf(
  f: FieldSpec,
  choices: Choices | null,
  lang: 'fi' | 'en',
  e: { yes: string; no: string },
): { value: string; label: string }[] {
  if (f.kind === 'code' && f.list) return codeOptions(f.list, lang);
  if (f.kind === 'term')
    return (choices?.domains ?? []).map((t) => ({
      value: t.code,
      label: lang === 'en' ? t.nameEn : t.nameFi,
    }));
  if (f.kind === 'municipality')
    return [...(choices?.municipalityRegister ?? [])]
      .sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'))
      .map((m) => ({
        value: m.code,
        label: `${m.nameFi}${m.nameSv && m.nameSv !== m.nameFi ? ` (${m.nameSv})` : ''} · ${m.code}`,
      }));
  return [
    { value: 'true', label: e.yes },
    { value: 'false', label: e.no },
  ];
}

/** The label, the control for the field's kind, and the API's (or the browser's) word about it. */
function FormField({
  spec: f,
  id,
  values,
  set,
  error,
  choices,
  locked,
}: {
  spec: FieldSpec;
  id: string;
  values: Values;
  set: (name: string, value: string) => void;
  error: string | null;
  choices: Choices | null;
  /** Why the field is shown but not edited here, if it is. */
  locked: string | null;
}) {
  const { e, lang } = useEditorTexts();
  const errorId = `${id}-error`;
  const invalid = error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const label = e.labels[f.name] ?? f.name;
  const errorLine = error && (
    <p id={errorId} className="field-error" data-testid={`error-${f.name}`}>
      {error}
    </p>
  );
  const value = values[f.name] ?? '';
  const change = (v: string) => set(f.name, v);

  if (f.kind === 'period') {
    const precision = values['period.precision'] ?? '';
    return (
      <fieldset className="record-group" data-testid="input-period">
        <legend>{label}</legend>
        <div className="record-row">
          {(['start', 'end'] as const).map((part) => (
            <div key={part}>
              <label htmlFor={`${id}.${part}`}>
                {e.labels[`period.${part}`]} <span className="muted">({e.dateHint})</span>
              </label>
              <input
                id={`${id}.${part}`}
                value={values[`period.${part}`] ?? ''}
                onChange={(ev) => set(`period.${part}`, ev.target.value)}
                data-testid={`input-period-${part}`}
                {...invalid}
              />
            </div>
          ))}
          <div>
            <label htmlFor={`${id}.precision`}>{e.labels['period.precision']}</label>
            <select
              id={`${id}.precision`}
              value={precision}
              onChange={(ev) => set('period.precision', ev.target.value)}
              data-testid="input-period-precision"
            >
              {!precision && <option value="">{e.unknownOption}</option>}
              {codeOptions('PeriodPrecision', lang).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {errorLine}
      </fieldset>
    );
  }

  if (f.kind === 'terms') {
    const list = f.vocabulary === 'SECTOR' ? choices?.sectors : choices?.targetGroups;
    const on = new Set(value ? value.split(',') : []);
    return (
      <fieldset className="record-group" data-testid={`input-${f.name}`} {...invalid}>
        <legend>{label}</legend>
        {locked && (
          <p className="muted" data-testid={`locked-${f.name}`}>
            {locked}
          </p>
        )}
        {!list ? (
          <p role="status">…</p>
        ) : (
          <div className="record-checks">
            {list.map((t, i) => (
              <label key={t.code} className="record-check">
                <input
                  type="checkbox"
                  id={i === 0 ? id : undefined}
                  checked={on.has(t.code)}
                  disabled={!!locked}
                  onChange={(ev) => change(toggleCode(value, t.code, ev.target.checked))}
                  data-testid={`check-${f.name}-${t.code}`}
                />{' '}
                {lang === 'en' ? t.nameEn : t.nameFi}
              </label>
            ))}
          </div>
        )}
        {errorLine}
      </fieldset>
    );
  }

  let control: ReactNode;
  const common = { id, 'data-testid': `input-${f.name}`, ...invalid } as const;
  if (f.kind === 'code' || f.kind === 'term' || f.kind === 'boolean' || f.kind === 'municipality') {
    const options = optionsOf(f, choices, lang, e);
    // A value the list does not hold yet (choices still loading) stays selectable as itself.
    if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
    control = (
      <select {...common} value={value} onChange={(ev) => change(ev.target.value)}>
        {(!f.required || !value) && (
          <option value="">{f.name === 'municipalityCode' ? e.wholeOption : e.unknownOption}</option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (f.kind === 'long')
    control = <textarea {...common} rows={4} value={value} onChange={(ev) => change(ev.target.value)} />;
  else
    control = (
      <input
        {...common}
        value={value}
        inputMode={f.kind === 'text' ? undefined : f.kind === 'date' ? 'numeric' : 'decimal'}
        onChange={(ev) => change(ev.target.value)}
      />
    );
  return (
    <div>
      <label htmlFor={id}>
        {label}
        {f.kind === 'date' && <span className="muted"> ({e.dateHint})</span>}
      </label>
      {control}
      {errorLine}
    </div>
  );
}

/** The record's citations: quote, the field it backs and a note, each row removable; new ones added by source. */
function Citations({
  formId,
  rows,
  setRows,
  sources,
  problem,
}: {
  formId: string;
  rows: CitationRow[];
  setRows: (rows: CitationRow[]) => void;
  sources: { id: string; title: string }[];
  problem: { row: number; part: string; text: string } | null;
}) {
  const { e } = useEditorTexts();
  const [source, setSource] = useState('');
  const edit = (i: number, patch: Partial<CitationRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const chosen = source || sources[0]?.id || '';
  return (
    <fieldset className="record-group" data-testid="citations">
      <legend>{e.labels.citations}</legend>
      <p className="muted">{e.citationsIntro}</p>
      {rows.length === 0 && <p>{e.noCitations}</p>}
      {rows.map((r, i) => {
        const at = (part: string) => `${formId}-citation-${i}-${part}`;
        const errorAt = (part: string) => (problem?.row === i && problem.part === part ? problem.text : null);
        // A problem with the source or position is told at the quote, the part the editor can change.
        const quoteError =
          errorAt('quote') ?? errorAt('sourceId') ?? errorAt('start') ?? errorAt('occurrence');
        return (
          <fieldset key={r.uid} className="citation-row" data-testid={`citation-${i}`}>
            <legend>
              <strong>{e.citation(i + 1)}</strong> · {r.sourceTitle}
            </legend>
            <label htmlFor={at('quote')}>{e.labels['citation.quote']}</label>
            <textarea
              id={at('quote')}
              rows={2}
              value={r.quote}
              onChange={(ev) => edit(i, { quote: ev.target.value })}
              aria-invalid={quoteError ? true : undefined}
              aria-describedby={quoteError ? `${at('quote')}-error` : undefined}
              data-testid={`citation-${i}-quote`}
            />
            {quoteError && (
              <p id={`${at('quote')}-error`} className="field-error" data-testid={`citation-${i}-error`}>
                {quoteError}
              </p>
            )}
            <div className="record-row">
              <div>
                <label htmlFor={at('field')}>{e.labels['citation.field']}</label>
                <input
                  id={at('field')}
                  value={r.field}
                  onChange={(ev) => edit(i, { field: ev.target.value })}
                  data-testid={`citation-${i}-field`}
                />
                {errorAt('field') && <p className="field-error">{errorAt('field')}</p>}
              </div>
              <div>
                <label htmlFor={at('note')}>{e.labels['citation.note']}</label>
                <input
                  id={at('note')}
                  value={r.note}
                  onChange={(ev) => edit(i, { note: ev.target.value })}
                  data-testid={`citation-${i}-note`}
                />
                {errorAt('note') && <p className="field-error">{errorAt('note')}</p>}
              </div>
            </div>
            <button
              type="button"
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
              data-testid={`citation-${i}-remove`}
            >
              {e.removeCitation}
            </button>
          </fieldset>
        );
      })}
      {sources.length > 0 && (
        <div className="record-row">
          <div>
            <label htmlFor={`${formId}-new-citation-source`}>{e.newCitationSource}</label>
            <select
              id={`${formId}-new-citation-source`}
              value={chosen}
              onChange={(ev) => setSource(ev.target.value)}
              data-testid="citation-new-source"
            >
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button
              type="button"
              data-testid="citation-add"
              onClick={() => {
                const s = sources.find((x) => x.id === chosen);
                if (!s) return;
                setRows([
                  ...rows,
                  {
                    uid: `new-${Date.now()}`,
                    sourceId: s.id,
                    sourceTitle: s.title,
                    quote: '',
                    field: '',
                    note: '',
                    start: null,
                    readQuote: null,
                  },
                ]);
                // The new row's quote is where the editor types next.
                setTimeout(
                  () => document.getElementById(`${formId}-citation-${rows.length}-quote`)?.focus(),
                  0,
                );
              }}
            >
              {e.addCitation}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}

interface Owner {
  costs: { id: string; kind: string; basis: string; amount: number | null }[];
  fundings: { id: string; kind: string; amount: number | null; funder: { nameFi: string } | null }[];
  outcomes: { id: string; summaryEn: string }[];
}

/** The project's or practice's detail records, each correctable on its own page. */
function Details({ node }: { node: Owner }) {
  const { e, lang } = useEditorTexts();
  const to = (id: string) => `/edit/${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`;
  const amount = (a: number | null) => (a === null ? '–' : `${a.toLocaleString('fi-FI')} €`);
  const label = (list: 'CostKind' | 'CostBasis' | 'FundingKind', code: string) =>
    codeOptions(list, lang).find((o) => o.value === code)?.label ?? code;
  const rows: { id: string; type: string; label: string }[] = [
    ...node.costs.map((c) => ({
      id: c.id,
      type: 'CostItem',
      label: `${label('CostKind', c.kind)} (${label('CostBasis', c.basis)}): ${amount(c.amount)}`,
    })),
    ...node.fundings.map((f) => ({
      id: f.id,
      type: 'FundingLine',
      label: `${f.funder?.nameFi ?? label('FundingKind', f.kind)}: ${amount(f.amount)}`,
    })),
    ...node.outcomes.map((o) => ({ id: o.id, type: 'Outcome', label: o.summaryEn.slice(0, 120) })),
  ];
  if (!rows.length) return null;
  return (
    <section aria-labelledby="details-heading">
      <h3 id="details-heading">{e.details}</h3>
      <ul data-testid="record-details">
        {rows.map((r) => (
          <li key={r.id}>
            {e.types[r.type]}: <Link to={to(r.id)}>{r.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AuditTrail({ id, apiKey, round }: { id: string; apiKey: string; round: number }) {
  const { e } = useEditorTexts();
  const q = useEditorQuery(AuditTrailDocument, { recordId: id }, apiKey);
  const { reload } = q;
  // Asked again after each save, so the editor sees their change logged.
  useEffect(() => {
    if (round) reload();
  }, [round, reload]);
  const entries = q.data?.auditLog.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="audit-heading" className="record-audit" data-testid="audit">
      <h3 id="audit-heading">{e.auditTitle}</h3>
      {q.error ? (
        <p data-testid="audit-needs-admin">
          {q.error.problem.code === 'FORBIDDEN' ? e.auditNeedsAdmin : q.error.message}
        </p>
      ) : !q.data ? (
        <p role="status">…</p>
      ) : entries.length === 0 ? (
        <p>{e.auditEmpty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{e.when}</th>
              <th scope="col">{e.who}</th>
              <th scope="col">{e.what}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((a) => {
              const diff = auditDiff(a.before, a.after);
              return (
                <tr key={`${a.at}|${a.action}|${a.after?.length ?? 0}`}>
                  <td>{a.at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{a.actor}</td>
                  <td>
                    {a.action}
                    {a.action === 'UPDATE' && diff.length === 0 ? (
                      <span className="muted"> ({e.auditLinksOnly})</span>
                    ) : (
                      <ul>
                        {diff.map((d) => (
                          <li key={d.field}>
                            {e.labels[d.field] ?? d.field}: {d.before && <del>{d.before.slice(0, 200)}</del>}{' '}
                            {d.after && <ins>{d.after.slice(0, 200)}</ins>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
