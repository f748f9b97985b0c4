import { useParams } from 'react-router';
import { AdoptionEstimate } from '../components/AdoptionEstimate';
import { SimilarItems } from '../components/SimilarItems';
import { NoData, Status } from '../components/Status';
import { formatDate, formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { DetailDocument } from '../graphql/generated';
import { useTexts } from '../i18n';

interface Cited {
  quote: string;
  source: { title: string };
  field?: string | null;
}

function Citations({ items }: { items: Cited[] }) {
  return (
    <>
      {[...new Map(items.map((c) => [`${c.field ?? ''}|${c.quote}`, c])).entries()].map(([key, c]) => (
        <blockquote key={key} lang="fi">
          “{c.quote}” <cite>— {c.source.title}</cite>
        </blockquote>
      ))}
    </>
  );
}

/** A project or practice with every figure's citation, and a link to the same object in the playground. */
export function Detail() {
  const { t, lang } = useTexts();
  const { id = '' } = useParams();
  const q = useQuery(DetailDocument, { id });
  const node = q.data?.node;
  const playground = `/graphql?query=${encodeURIComponent(`{ node(id: "${id}") { id __typename ... on Project { name costs { kind amount citations { quote } } } ... on Practice { name phase } } }`)}`;
  if (!node || (node.__typename !== 'Project' && node.__typename !== 'Practice')) {
    return <Status loading={q.loading} error={q.error} />;
  }
  const money = (amount: number | null, reason: string) =>
    amount != null ? formatValue(amount, 'EUR', lang) : <NoData reason={reason} />;
  return (
    <article aria-labelledby="detail-title">
      <h2 id="detail-title">{node.name}</h2>
      <p>
        <a href={playground}>{t.openInPlayground}</a>
      </p>
      {node.__typename === 'Project' && (
        <>
          <p>
            {node.projectNumber ? `${node.projectNumber} · ` : ''}
            {node.status ? (t.statuses as Record<string, string>)[node.status] : ''}
            {node.period
              ? ` · ${node.period.precision === 'YEAR' ? `${node.period.start?.slice(0, 4)}–${node.period.end?.slice(0, 4) ?? ''}` : `${node.period.start ? formatDate(node.period.start, lang) : '?'} – ${node.period.end ? formatDate(node.period.end, lang) : ''}`}`
              : ''}
          </p>
          {node.aims && <p>{node.aims}</p>}
          <h3>{t.costs}</h3>
          <ul data-testid="detail-costs">
            {node.costs.map((c) => (
              <li key={`${c.kind}-${c.amount}`}>
                {c.kind} ({c.basis}){c.municipality ? `, ${c.municipality.nameFi}` : ''}:{' '}
                <strong>{money(c.amount, 'AMOUNT_UNKNOWN')}</strong>
                <Citations items={c.citations} />
              </li>
            ))}
          </ul>
        </>
      )}
      {node.__typename === 'Practice' && (
        <p>
          {node.municipality.nameFi}
          {node.phase ? ` · ${(t.phases as Record<string, string>)[node.phase]}` : ''}
          {node.createdDate ? ` · ${formatDate(node.createdDate, lang)}` : ''}
          {node.modifiedDate ? ` / ${formatDate(node.modifiedDate, lang)}` : ''}
          {node.publishedDate ? ` · ${formatDate(node.publishedDate, lang)}` : ''}
        </p>
      )}
      <h3>{t.externalFunding}</h3>
      <ul>
        {node.fundings.map((f) => (
          <li key={`${f.kind}-${f.funder?.nameFi}`}>
            {f.funder?.nameFi ?? '–'} ({f.kind}):{' '}
            <strong>
              {f.kind === 'NO_SEPARATE_FUNDING'
                ? formatValue(0, 'EUR', lang)
                : money(f.amount, 'AMOUNT_UNKNOWN')}
            </strong>
            <Citations items={f.citations} />
          </li>
        ))}
      </ul>
      <h3>{t.effectiveness}</h3>
      <ul>
        {node.outcomes.map((o) => (
          <li key={o.id}>
            <strong>{(t.directions as Record<string, string>)[o.direction]}</strong> ·{' '}
            {(t.evidence as Record<string, string>)[o.evidenceType]}
            {o.value != null && o.unit
              ? ` · ${formatValue(o.value, o.unit === '%' ? 'PERCENT' : 'COUNT', lang)}`
              : ''}{' '}
            — {o.summaryEn}
            <Citations items={o.citations} />
          </li>
        ))}
      </ul>
      <h3>{t.citations}</h3>
      <Citations items={node.citations} />
      {node.__typename === 'Practice' && <AdoptionEstimate practiceId={node.id} />}
      <SimilarItems id={node.id} />
    </article>
  );
}
