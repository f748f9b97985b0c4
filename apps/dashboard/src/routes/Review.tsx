import { Link, useSearchParams } from 'react-router';
import { EditorGate, EditorProblem } from '../components/EditorGate';
import { useEditorQuery } from '../editor/client';
import { PendingDraftsDocument } from '../graphql/generated';
import { useEditorTexts } from '../i18n-editor';

/** The editors' queue: every pending draft, newest first, with what it is and where it came from. */
export function Review() {
  const { e } = useEditorTexts();
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{e.reviewTitle}</h2>
      <p>{e.reviewIntro}</p>
      <EditorGate>{(key, signOut) => <PendingList apiKey={key} signOut={signOut} />}</EditorGate>
    </section>
  );
}

function PendingList({ apiKey, signOut }: { apiKey: string; signOut: () => void }) {
  const { e } = useEditorTexts();
  const [params] = useSearchParams();
  const q = useEditorQuery(PendingDraftsDocument, {}, apiKey);
  const drafts = q.data?.drafts.edges.map((edge) => edge.node) ?? [];
  const lang = params.get('lang') === 'en' ? '?lang=en' : '';
  if (q.error) return <EditorProblem error={q.error} signOut={signOut} />;
  if (!q.data) return <p role="status">…</p>;
  return (
    <>
      <p role="status">{drafts.length ? e.pendingCount(q.data.drafts.totalCount) : e.noDrafts}</p>
      <ul className="draft-list" data-testid="pending-drafts">
        {drafts.map((d) => {
          const name = d.fields.find((f) => f.field === 'NAME')?.value;
          return (
            <li key={d.id}>
              <Link to={`/review/${encodeURIComponent(d.id)}${lang}`}>{name ?? d.document.documentKey}</Link>{' '}
              <span className="muted">
                {d.document.fileName ?? d.document.documentKey} · {e.revision} {d.document.revision} ·{' '}
                {d.createdAt.slice(0, 10)}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
