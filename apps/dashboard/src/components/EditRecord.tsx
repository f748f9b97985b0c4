import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { auditDiff } from '../editor/audit';
import { EditorError, editorRequest, useEditorQuery } from '../editor/client';
import { formFieldOf } from '../editor/errors';
import { changedInput, type EditableType, FORMS, type Values, valuesOf } from '../editor/record-form';
import {
  AuditTrailDocument,
  EditableRecordDocument,
  UpdateCostItemRecordDocument,
  UpdateFundingLineRecordDocument,
  UpdateOutcomeRecordDocument,
  UpdatePracticeRecordDocument,
  UpdateProjectRecordDocument,
} from '../graphql/generated';
import { useEditorTexts } from '../i18n-editor';
import { EditorProblem } from './EditorGate';

type Input = Record<string, unknown> & { id: string; version: number };

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

/**
 * A record's fields as a form: the API's validation is shown at the field it names, a version conflict
 * offers reload or overwrite, and the audit trail is below (administrator keys only).
 */
export function EditRecord({ id, apiKey, signOut }: { id: string; apiKey: string; signOut: () => void }) {
  const { e } = useEditorTexts();
  const formId = useId();
  const q = useEditorQuery(EditableRecordDocument, { id }, apiKey);
  const node = q.data?.node;
  const type = node && node.__typename in FORMS ? (node.__typename as EditableType) : null;
  const [base, setBase] = useState<{ values: Values; version: number } | null>(null);
  const [values, setValues] = useState<Values>({});
  const [failure, setFailure] = useState<EditorError | null>(null);
  const [local, setLocal] = useState<{ field: string; message: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [auditRound, setAuditRound] = useState(0);

  // What the server holds becomes the form's starting point (on load and on reload).
  useEffect(() => {
    if (!node || !type || !('version' in node)) return;
    const loaded = valuesOf(type, node as Record<string, unknown>);
    setBase({ values: loaded, version: node.version });
    setValues(loaded);
  }, [node, type]);

  if (q.error) return <EditorProblem error={q.error} signOut={signOut} />;
  if (!q.data) return <p role="status">…</p>;
  if (!type) return <p role="alert">{e.notEditable}</p>;
  if (!base) return <p role="status">…</p>;

  const save = async (version: number) => {
    setFailure(null);
    setLocal(null);
    setNotice(null);
    const changed = changedInput(type, base.values, values);
    if ('unreadable' in changed) {
      setLocal({ field: changed.unreadable, message: e.unreadableNumber });
      return;
    }
    if (!Object.keys(changed.input).length) {
      setNotice(e.nothingChanged);
      return;
    }
    try {
      const next = await update(type, { ...changed.input, id, version }, apiKey);
      setBase({ values, version: next });
      setNotice(e.saved);
      setAuditRound((r) => r + 1);
    } catch (err) {
      if (!(err instanceof EditorError)) throw err;
      setFailure(err);
      // The first field the API named gets the focus, so the editor lands where to fix it.
      const at = formFieldOf(err.problem);
      if (at) document.getElementById(`${formId}-${at}`)?.focus();
    }
  };

  /** Someone else's version is taken as the base and my values are written over it. */
  const overwrite = async () => {
    try {
      const fresh = await editorRequest(EditableRecordDocument, { id }, apiKey);
      const current = fresh.node && 'version' in fresh.node ? fresh.node.version : base.version;
      const theirs = valuesOf(type, (fresh.node ?? {}) as Record<string, unknown>);
      const mine = changedInput(type, theirs, values);
      if ('unreadable' in mine) return;
      setBase({ values: theirs, version: current });
      setFailure(null);
      const next = await update(type, { ...mine.input, id, version: current }, apiKey);
      setBase({ values, version: next });
      setNotice(e.saved);
      setAuditRound((r) => r + 1);
    } catch (err) {
      if (err instanceof EditorError) setFailure(err);
      else throw err;
    }
  };

  const fieldError = (name: string) =>
    local?.field === name
      ? local.message
      : failure && formFieldOf(failure.problem) === name
        ? failure.message
        : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(base.version);
  };
  const conflict = failure?.problem.code === 'CONFLICT';
  const general = failure && !conflict && !FORMS[type].some((f) => f.name === formFieldOf(failure.problem));

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
      {general && <EditorProblem error={failure} signOut={signOut} />}
      <form onSubmit={submit} className="record-form" data-testid="record-form" noValidate>
        {FORMS[type].map((f) => {
          const error = fieldError(f.name);
          const common = {
            id: `${formId}-${f.name}`,
            value: values[f.name] ?? '',
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${formId}-${f.name}-error` : undefined,
            'data-testid': `input-${f.name}`,
          } as const;
          return (
            <div key={f.name}>
              <label htmlFor={`${formId}-${f.name}`}>{e.labels[f.name] ?? f.name}</label>
              {f.kind === 'long' ? (
                <textarea
                  {...common}
                  rows={4}
                  onChange={(ev) => setValues({ ...values, [f.name]: ev.target.value })}
                />
              ) : (
                <input
                  {...common}
                  inputMode={f.kind === 'text' ? undefined : 'decimal'}
                  onChange={(ev) => setValues({ ...values, [f.name]: ev.target.value })}
                />
              )}
              {error && (
                <p
                  id={`${formId}-${f.name}-error`}
                  className="field-error"
                  data-testid={`error-${f.name}`}
                  // The API words its checks in English; a reader is told the language.
                  lang={local?.field === f.name ? undefined : 'en'}
                >
                  {error}
                </p>
              )}
            </div>
          );
        })}
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
  const rows: { id: string; type: string; label: string }[] = [
    ...node.costs.map((c) => ({
      id: c.id,
      type: 'CostItem',
      label: `${c.kind} (${c.basis}): ${amount(c.amount)}`,
    })),
    ...node.fundings.map((f) => ({
      id: f.id,
      type: 'FundingLine',
      label: `${f.funder?.nameFi ?? f.kind}: ${amount(f.amount)}`,
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
            {entries.map((a) => (
              <tr key={`${a.at}|${a.action}|${a.after?.length ?? 0}`}>
                <td>{a.at.replace('T', ' ').slice(0, 19)}</td>
                <td>{a.actor}</td>
                <td>
                  {a.action}
                  <ul>
                    {auditDiff(a.before, a.after).map((d) => (
                      <li key={d.field}>
                        {d.field}: {d.before && <del>{d.before.slice(0, 200)}</del>}{' '}
                        {d.after && <ins>{d.after.slice(0, 200)}</ins>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
