import { Link } from 'react-router';
import { adoptionTexts } from '../adoption.i18n';
import { useQuery } from '../graphql/client';
import { SimilarItemsDocument } from '../graphql/generated';
import { useTexts } from '../i18n';
import { Status } from './Status';
import { similarView } from './similar.view';
import './adoption.css';

/** "Who else does something like this?": the most similar projects and practices of other municipalities. */
export function SimilarItems({ id }: { id: string }) {
  const { t: common, lang } = useTexts();
  const t = adoptionTexts(lang);
  const q = useQuery(SimilarItemsDocument, { id, first: 5 });
  const rows = q.data ? similarView(q.data.similarItems, lang) : null;
  const label = (group: Record<string, string>, code: string | null) => (code ? (group[code] ?? code) : null);
  const suffix = lang === 'en' ? '?lang=en' : '';
  return (
    <section className="similar" aria-labelledby="similar-title" data-testid="similar">
      <h3 id="similar-title">{t.similarTitle}</h3>
      {!rows && <Status loading={q.loading} error={q.error} />}
      {rows && rows.length === 0 && <p>{t.similarNone}</p>}
      {rows && rows.length > 0 && (
        <ol data-testid="similar-list">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={`/item/${r.id}${suffix}`}>{r.name}</Link> — {r.kind}, {r.municipalities}
              <br />
              {t.phase}:{' '}
              {label((r.isPractice ? common.phases : common.statuses) as Record<string, string>, r.phase) ??
                common.noData}{' '}
              · {t.evidence}: {label(common.evidence as Record<string, string>, r.evidence) ?? common.noData}{' '}
              · {t.knownCosts}: {r.costs}
              <br />
              <span className="why">
                {t.why} ({t.similarity} {r.relative} %): {t.sharedWords}: {r.sharedWords.join(', ') || '–'}
                {r.sharedGroups.length > 0 && `; ${t.sharedGroups}: ${r.sharedGroups.join(', ')}`}
                {r.sharedSectors.length > 0 && `; ${t.sharedSectors}: ${r.sharedSectors.join(', ')}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
