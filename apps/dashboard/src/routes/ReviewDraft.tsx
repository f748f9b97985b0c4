import { type FormEvent, type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { EditorGate, EditorProblem } from '../components/EditorGate';
import { EditorError, editorRequest, useEditorQuery } from '../editor/client';
import {
  attributesText,
  confidenceBand,
  confidenceText,
  findPassage,
  parseAttributes,
  runsOf,
  type Span,
  trimmedSpan,
  valueFromPassage,
} from '../editor/highlight';
import {
  AcceptDraftDocument,
  EditDraftDocument,
  RejectDraftDocument,
  ReviewDraftDocument,
  type ReviewDraftQuery,
  RevisionsDocument,
} from '../graphql/generated';
import { useEditorTexts, useExplain } from '../i18n-editor';
import '../editor/editor.css';

type DraftData = NonNullable<ReviewDraftQuery['draft']>;
type Field = DraftData['fields'][number];

/** One draft beside its document: every field highlighted at its passage, corrected, accepted or rejected. */
export function ReviewDraft() {
  const { id = '' } = useParams();
  const { e } = useEditorTexts();
  return (
    <section aria-labelledby="draft-title">
      <h2 id="draft-title">{e.review}</h2>
      <EditorGate>{(key, signOut) => <DraftReview id={id} apiKey={key} signOut={signOut} />}</EditorGate>
    </section>
  );
}

/** Offset in the document text of a point of a DOM selection: each run carries its start. */
function textOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest<HTMLElement>('[data-start]');
  if (!run) return null;
  const start = Number(run.dataset.start);
  // A point on the element itself (not its text) is before or after its only text node.
  return node.nodeType === Node.TEXT_NODE
    ? start + offset
    : start + (offset > 0 ? (run.textContent?.length ?? 0) : 0);
}

function DraftReview({ id, apiKey, signOut }: { id: string; apiKey: string; signOut: () => void }) {
  const { e, lang } = useEditorTexts();
  const [params] = useSearchParams();
  const langQuery = params.get('lang') === 'en' ? '?lang=en' : '';
  const q = useEditorQuery(ReviewDraftDocument, { id }, apiKey);
  const [active, setActive] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<EditorError | null>(null);
  const [outcome, setOutcome] = useState<{ status: string; recordId: string | null } | null>(null);
  const selection = useRef<Span | null>(null);
  const docRef = useRef<HTMLDivElement>(null);
  const draft = q.data?.draft ?? null;
  const text = draft?.document.text ?? '';
  const runs = useMemo(() => runsOf(text, draft?.fields ?? []), [text, draft?.fields]);

  // The last passage selected inside the document, kept while focus moves to the form's buttons.
  useEffect(() => {
    const track = () => {
      const sel = document.getSelection();
      const container = docRef.current;
      if (!sel || sel.isCollapsed || !sel.rangeCount || !container) return;
      const range = sel.getRangeAt(0);
      if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
      const start = textOffset(range.startContainer, range.startOffset);
      const end = textOffset(range.endContainer, range.endOffset);
      if (start === null || end === null) return;
      selection.current = trimmedSpan(text, start, end);
    };
    document.addEventListener('selectionchange', track);
    return () => document.removeEventListener('selectionchange', track);
  }, [text]);

  if (q.error) return <EditorProblem error={q.error} signOut={signOut} />;
  if (!draft) return <p role="status">{q.loading ? '…' : e.noDrafts}</p>;

  const firstRunOf = new Map<string, number>();
  for (const run of runs) for (const k of run.keys) if (!firstRunOf.has(k)) firstRunOf.set(k, run.start);

  const show = (key: string) => {
    setActive(key);
    // The first run of the passage; several fields may start at the same place, so not by element id.
    const mark = [...(docRef.current?.querySelectorAll<HTMLElement>('mark[data-keys]') ?? [])].find((m) =>
      m.dataset.keys?.split(' ').includes(key),
    );
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus();
  };

  const act = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (err) {
      if (err instanceof EditorError) setFailure(err);
      else throw err;
    }
  };

  // A correction's error is shown in its form; any other (accepting a draft that still lacks something) above.
  const atField = (f: EditorError) =>
    editing !== null && /^input\.(set|remove)\b/.test(f.problem.field ?? '');
  const title = draft.fields.find((f) => f.field === 'NAME')?.value ?? draft.document.documentKey;
  return (
    <>
      <p>
        <Link to={`/review${langQuery}`}>{e.back}</Link>
      </p>
      <h3 data-testid="draft-name">{title}</h3>
      <p className="muted">
        {draft.document.fileName ?? draft.document.documentKey} · {e.revision} {draft.document.revision} ·{' '}
        {e.statuses[draft.status] ?? draft.status}
      </p>
      <div role="status" aria-live="polite" data-testid="review-notice">
        {notice}
      </div>
      {failure && failure.problem.code === 'CONFLICT' ? (
        <div role="alert" className="editor-problem" data-testid="review-conflict">
          {e.conflict}{' '}
          <button
            type="button"
            onClick={() => {
              setFailure(null);
              q.reload();
            }}
          >
            {e.reload}
          </button>
        </div>
      ) : failure && !atField(failure) ? (
        <EditorProblem error={failure} signOut={signOut} />
      ) : null}
      <div className="review-grid">
        <section aria-labelledby="doc-heading" className="review-doc">
          <h4 id="doc-heading">{e.document}</h4>
          <p className="muted">{e.selectionHint}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled text must be reachable by keyboard (axe scrollable-region-focusable) */}
          <div className="doc-text" ref={docRef} data-testid="doc-text" lang="fi" tabIndex={0}>
            {runs.map((run) =>
              run.keys.length ? (
                <mark
                  key={run.start}
                  data-start={run.start}
                  data-keys={run.keys.join(' ')}
                  id={
                    run.keys.find((k) => firstRunOf.get(k) === run.start)
                      ? `hl-${run.keys.find((k) => firstRunOf.get(k) === run.start)}`
                      : undefined
                  }
                  tabIndex={-1}
                  className={`hl hl-${confidenceBand(Math.min(...run.keys.map((k) => draft.fields.find((f) => f.key === k)?.confidence ?? 1)))}${active && run.keys.includes(active) ? ' hl-active' : ''}`}
                  title={run.keys.join(', ')}
                >
                  {run.text}
                </mark>
              ) : (
                <span key={run.start} data-start={run.start}>
                  {run.text}
                </span>
              ),
            )}
          </div>
        </section>
        <section aria-labelledby="fields-heading" className="review-fields">
          <h4 id="fields-heading">{e.fields}</h4>
          <table data-testid="draft-fields">
            <thead>
              <tr>
                <th scope="col">{e.field}</th>
                <th scope="col">{e.value}</th>
                <th scope="col">{e.confidence}</th>
                <th scope="col">
                  <span className="visually-hidden">{e.edit}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.fields.map((f) =>
                editing === f.key ? (
                  <tr key={f.key} data-field={f.key}>
                    <td colSpan={4}>
                      <FieldEditor
                        field={f}
                        text={text}
                        selection={() => selection.current}
                        problem={failure && atField(failure) ? failure : null}
                        onRemove={() =>
                          act(async () => {
                            await editorRequest(
                              EditDraftDocument,
                              {
                                input: {
                                  id: draft.id,
                                  version: draft.version,
                                  remove: [f.key],
                                  set: null,
                                  kind: null,
                                },
                              },
                              apiKey,
                            );
                            setEditing(null);
                            setNotice(e.fieldRemoved);
                            q.reload();
                          })
                        }
                        onCancel={() => {
                          setEditing(null);
                          setFailure(null);
                        }}
                        onSave={(change) =>
                          act(async () => {
                            await editorRequest(
                              EditDraftDocument,
                              {
                                input: {
                                  id: draft.id,
                                  version: draft.version,
                                  set: [change],
                                  kind: null,
                                  remove: null,
                                },
                              },
                              apiKey,
                            );
                            setEditing(null);
                            setNotice(e.saved);
                            q.reload();
                          })
                        }
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={f.key} data-field={f.key} className={active === f.key ? 'row-active' : undefined}>
                    <th scope="row">
                      {e.kinds[f.field] ?? f.field}
                      <br />
                      <span className="muted">{e.origin[f.origin] ?? f.origin}</span>
                    </th>
                    <td>
                      <span data-testid={`value-${f.key}`}>{f.value}</span>
                      {f.attributes.length > 0 && (
                        <span className="muted">
                          {' '}
                          ({f.attributes.map((a) => `${a.name}=${a.value}`).join(', ')})
                        </span>
                      )}
                      <br />
                      <span className="muted">
                        {f.passage != null
                          ? `“${f.passage.length > 80 ? `${f.passage.slice(0, 80)}…` : f.passage}”`
                          : e.noPassage}
                      </span>
                    </td>
                    <td>
                      <span
                        className={`conf conf-${confidenceBand(f.confidence)}`}
                        data-testid={`confidence-${f.key}`}
                      >
                        {confidenceText(f.confidence, lang)}
                      </span>{' '}
                      <span className="muted">{e.bands[confidenceBand(f.confidence)]}</span>
                    </td>
                    <td className="actions">
                      {f.start != null && (
                        <button
                          type="button"
                          onClick={() => show(f.key)}
                          aria-label={`${e.show}: ${e.kinds[f.field] ?? f.field}`}
                        >
                          {e.show}
                        </button>
                      )}
                      {draft.status === 'PENDING' && (
                        <button
                          type="button"
                          onClick={() => {
                            setFailure(null);
                            setActive(f.key);
                            setEditing(f.key);
                          }}
                          aria-label={`${e.edit}: ${e.kinds[f.field] ?? f.field}`}
                          data-testid={`edit-${f.key}`}
                        >
                          {e.edit}
                        </button>
                      )}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {draft.status === 'PENDING' && !outcome && (
            <Decision
              onAccept={(note) =>
                act(async () => {
                  const r = await editorRequest(
                    AcceptDraftDocument,
                    { input: { id: draft.id, version: draft.version, note: note || null } },
                    apiKey,
                  );
                  setOutcome({
                    status: 'ACCEPTED',
                    recordId: r.acceptDraft.project?.id ?? r.acceptDraft.practice?.id ?? null,
                  });
                  setNotice(e.accepted);
                  q.reload();
                })
              }
              onReject={(reason) =>
                act(async () => {
                  await editorRequest(
                    RejectDraftDocument,
                    { input: { id: draft.id, version: draft.version, reason } },
                    apiKey,
                  );
                  setOutcome({ status: 'REJECTED', recordId: null });
                  setNotice(e.rejected);
                  q.reload();
                })
              }
            />
          )}
          {(outcome?.recordId ?? draft.project?.id ?? draft.practice?.id) && (
            <p>
              <Link
                to={`/item/${encodeURIComponent(outcome?.recordId ?? draft.project?.id ?? draft.practice?.id ?? '')}${langQuery}`}
                data-testid="accepted-record"
              >
                {e.openRecord}
              </Link>{' '}
              ·{' '}
              <Link
                to={`/edit/${encodeURIComponent(outcome?.recordId ?? draft.project?.id ?? draft.practice?.id ?? '')}${langQuery}`}
              >
                {e.editRecord}
              </Link>
            </p>
          )}
        </section>
      </div>
      {/* Asked again whenever the draft changes (an edit, accept, reject), so its status there is current. */}
      <Revisions
        key={`${draft.version}-${draft.status}`}
        documentKey={draft.document.documentKey}
        apiKey={apiKey}
      />
    </>
  );
}

type At = 'value' | 'passage' | 'attributes';

interface FieldChange {
  key: string;
  field: Field['field'];
  value: string;
  attributes: { name: string; value: string }[];
  /** Both null: the field keeps its passage. */
  start: number | null;
  end: number | null;
}

/**
 * A field's value and passage. The passage is what the editor selected in the document (button) or
 * typed; it is found in the text, and its offsets go to the API with the value.
 */
function FieldEditor({
  field,
  text,
  selection,
  problem,
  onSave,
  onRemove,
  onCancel,
}: {
  field: Field;
  text: string;
  selection: () => Span | null;
  problem: EditorError | null;
  onSave: (change: FieldChange) => void;
  onRemove: () => void;
  onCancel: () => void;
}) {
  const { e } = useEditorTexts();
  const id = useId();
  const [value, setValue] = useState(field.value);
  const [passage, setPassage] = useState(field.passage ?? '');
  const [attributes, setAttributes] = useState(attributesText(field.attributes));
  const [span, setSpan] = useState<Span | null>(null);
  const [local, setLocal] = useState<{ at: At; message: string } | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  useEffect(() => valueRef.current?.focus(), []);
  const path = problem?.problem.field ?? '';
  const apiAt: At | null = !problem
    ? null
    : /\.(start|end)$/.test(path)
      ? 'passage'
      : /\.attributes/.test(path)
        ? 'attributes'
        : 'value';
  const explain = useExplain();
  const errorAt = (at: At) =>
    local?.at === at ? local.message : apiAt === at && problem ? explain(problem.problem).text : null;

  const takeSelection = () => {
    const picked = selection();
    if (!picked) {
      setLocal({ at: 'passage', message: e.noSelection });
      return;
    }
    setLocal(null);
    setSpan(picked);
    setPassage(picked.passage);
    const fromWords = valueFromPassage(field.field, picked.passage);
    if (fromWords !== null) setValue(fromWords);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLocal(null);
    const parsed = parseAttributes(attributes);
    if ('badLine' in parsed) {
      setLocal({ at: 'attributes', message: `${e.attributesLine} ${parsed.badLine}` });
      return;
    }
    const change: FieldChange = {
      key: field.key,
      field: field.field,
      value,
      attributes: parsed.attributes,
      start: null,
      end: null,
    };
    if (passage.trim() && passage !== (field.passage ?? '')) {
      const at = span && span.passage === passage ? span : findPassage(text, passage, field.start ?? 0);
      if (!at) {
        setLocal({ at: 'passage', message: e.passageNotFound });
        return;
      }
      change.start = at.start;
      change.end = at.end;
    }
    onSave(change);
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };

  return (
    <form
      onSubmit={submit}
      onKeyDown={closeOnEscape}
      className="field-editor"
      aria-label={`${e.edit}: ${e.kinds[field.field] ?? field.field}`}
      data-testid="field-editor"
    >
      <div>
        <label htmlFor={`${id}-value`}>
          {e.value} ({e.kinds[field.field] ?? field.field})
        </label>
        <input
          id={`${id}-value`}
          ref={valueRef}
          value={value}
          onChange={(ev) => setValue(ev.target.value)}
          aria-invalid={errorAt('value') ? true : undefined}
          aria-describedby={errorAt('value') ? `${id}-value-error` : undefined}
          data-testid="field-value"
        />
        {errorAt('value') && (
          <p id={`${id}-value-error`} className="field-error">
            {errorAt('value')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-passage`}>{e.passage}</label>
        <textarea
          id={`${id}-passage`}
          rows={2}
          value={passage}
          onChange={(ev) => {
            setPassage(ev.target.value);
            setSpan(null);
          }}
          aria-invalid={errorAt('passage') ? true : undefined}
          aria-describedby={`${id}-hint${errorAt('passage') ? ` ${id}-passage-error` : ''}`}
          data-testid="field-passage"
        />
        <p id={`${id}-hint`} className="muted">
          {e.selectionHint}
        </p>
        {errorAt('passage') && (
          <p id={`${id}-passage-error`} className="field-error">
            {errorAt('passage')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-attributes`}>{e.attributes}</label>
        <textarea
          id={`${id}-attributes`}
          rows={Math.max(2, field.attributes.length + 1)}
          value={attributes}
          onChange={(ev) => setAttributes(ev.target.value)}
          aria-invalid={errorAt('attributes') ? true : undefined}
          aria-describedby={errorAt('attributes') ? `${id}-attributes-error` : undefined}
          data-testid="field-attributes"
        />
        {errorAt('attributes') && (
          <p id={`${id}-attributes-error`} className="field-error">
            {errorAt('attributes')}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={takeSelection} data-testid="use-selection">
          {e.useSelection}
        </button>
        <button type="submit" data-testid="field-save">
          {e.save}
        </button>
        <button type="button" onClick={onRemove} data-testid="field-remove">
          {e.removeField}
        </button>
        <button type="button" onClick={onCancel}>
          {e.cancel}
        </button>
      </div>
    </form>
  );
}

function Decision({
  onAccept,
  onReject,
}: {
  onAccept: (note: string) => void;
  onReject: (reason: string) => void;
}) {
  const { e } = useEditorTexts();
  const id = useId();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  return (
    <div className="decision">
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          onAccept(note.trim());
        }}
      >
        <label htmlFor={`${id}-note`}>{e.acceptNote}</label>
        <input id={`${id}-note`} value={note} onChange={(ev) => setNote(ev.target.value)} />{' '}
        <button type="submit" data-testid="accept">
          {e.accept}
        </button>
      </form>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          onReject(reason.trim());
        }}
      >
        <label htmlFor={`${id}-reason`}>{e.rejectReason}</label>
        <input id={`${id}-reason`} value={reason} required onChange={(ev) => setReason(ev.target.value)} />{' '}
        <button type="submit" data-testid="reject">
          {e.reject}
        </button>
      </form>
    </div>
  );
}

/** Every revision of the document, oldest first, with what the ingester read differently and the text's changes. */
function Revisions({ documentKey, apiKey }: { documentKey: string; apiKey: string }) {
  const { e } = useEditorTexts();
  const q = useEditorQuery(RevisionsDocument, { documentKey }, apiKey);
  if (!q.data) return null;
  return (
    <section aria-labelledby="revisions-heading" data-testid="revisions">
      <h3 id="revisions-heading">{e.revisions}</h3>
      <ol>
        {q.data.documentRevisions.map((r) => (
          <li key={r.revision}>
            <p>
              <strong>
                {e.revision} {r.revision}
              </strong>{' '}
              · {e.statuses[r.draft.status] ?? r.draft.status} · {r.createdAt.slice(0, 10)} · {r.importedBy}
            </p>
            {r.changes.length === 0 && !r.textChanges ? (
              <p className="muted">{e.noChanges}</p>
            ) : (
              <>
                {r.changes.length > 0 && (
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{e.field}</th>
                        <th scope="col">{e.what}</th>
                        <th scope="col">{e.before}</th>
                        <th scope="col">{e.after}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.changes.map((c) => (
                        <tr key={`${c.field}|${c.before}|${c.after}`}>
                          <th scope="row">{e.kinds[c.field] ?? c.field}</th>
                          <td>{e.changeKinds[c.change] ?? c.change}</td>
                          <td>{c.before != null && <del>{c.before}</del>}</td>
                          <td>{c.after != null && <ins>{c.after}</ins>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {r.textChanges && (
                  <div className="text-changes" lang="fi">
                    {r.textChanges.removed.map((line) => (
                      <p key={`-${line}`}>
                        <span className="visually-hidden">{e.removed}: </span>
                        <del>{line}</del>
                      </p>
                    ))}
                    {r.textChanges.added.map((line) => (
                      <p key={`+${line}`}>
                        <span className="visually-hidden">{e.added}: </span>
                        <ins>{line}</ins>
                      </p>
                    ))}
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
