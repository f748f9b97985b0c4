import { Link, useParams } from 'react-router';
import { AdoptionEstimate } from '../components/AdoptionEstimate';
import { FigureView } from '../components/Figure';
import { NotFound } from '../components/NotFound';
import { SimilarItems } from '../components/SimilarItems';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { DetailDocument } from '../graphql/generated';
import { useTexts } from '../i18n';
import { formatPeriod, pageDates } from '../view/dates';
import { costLine, fundingLines, itemCostLines } from '../view/detail';
import { evidenceLabel } from '../view/figures';
import { outcomeText } from '../view/outcomes';

interface Cited {
  quote: string;
  field?: string | null;
  source: { title: string; publishedDate?: string | null; url?: string | null };
}

/** Source passages, each with its document (title, date, address). */
export function Citations({ items }: { items: Cited[] }) {
  return (
    <>
      {[...new Map(items.map((c) => [`${c.field ?? ''}|${c.quote}`, c])).entries()].map(([key, c]) => (
        <blockquote key={key} lang="fi">
          “{c.quote}” <cite>— {c.source.title}</cite>
          {c.source.url ? (
            <>
              {' '}
              <a href={c.source.url} className="source-url">
                {c.source.url}
              </a>
            </>
          ) : null}
        </blockquote>
      ))}
    </>
  );
}

/** A project or practice: what it cost the city, every figure with its passage, and the playground link. */
export function Detail() {
  const { t, lang } = useTexts();
  const { id = '' } = useParams();
  const q = useQuery(DetailDocument, { id });
  const node = q.data?.node;
  const known = node && (node.__typename === 'Project' || node.__typename === 'Practice') ? node : null;
  usePageTitle(known ? known.name : q.loading ? null : t.notFound);
  const playground = `/graphql?query=${encodeURIComponent(`{ node(id: "${id}") { id __typename ... on Project { name costs { kind basis amount citations { quote } } fundings { kind amount funder { nameFi } } } ... on Practice { name phase } } }`)}`;
  if (!known) {
    if ((q.data && !known) || q.error?.code === 'BAD_USER_INPUT' || q.error?.code === 'NOT_FOUND')
      return <NotFound message={t.unknownItem(id)} />;
    return <Status loading={q.loading} error={q.error} />;
  }
  const costs = known.__typename === 'Project' ? known.costs : [];
  const city = itemCostLines(known.costRoles, t, lang);
  const funding = fundingLines(known.fundings, t, lang);
  const period = formatPeriod(known.period, lang);
  return (
    <article aria-labelledby="detail-title">
      <h2 id="detail-title">{known.name}</h2>
      <p className="no-print">
        <a href={playground}>{t.openInPlayground}</a> ·{' '}
        <Link to={`/edit/${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`}>
          {lang === 'fi' ? 'Korjaa tietoja' : 'Correct the record'}
        </Link>
      </p>
      <p data-testid="detail-dates">
        {known.__typename === 'Project' && known.projectNumber ? `${known.projectNumber} · ` : ''}
        {known.__typename === 'Project' && known.status
          ? `${(t.statuses as Record<string, string>)[known.status]} · `
          : ''}
        {known.__typename === 'Practice'
          ? `${known.municipality.nameFi}${known.phase ? ` · ${(t.phases as Record<string, string>)[known.phase]}` : ''} · `
          : ''}
        {t.dates.period}: {period ?? t.noData}
        {known.__typename === 'Practice' &&
          pageDates(known, t, lang).map((d) => (
            <span key={d}>
              {' · '}
              {d}
            </span>
          ))}
      </p>
      {known.__typename === 'Project' && known.aims && <p lang="fi">{known.aims}</p>}
      {city.map((c) => (
        <section key={c.code} aria-labelledby={`city-cost-${c.code}`}>
          <h3 id={`city-cost-${c.code}`}>{t.cityCostOf(c.municipality)}</h3>
          <dl className="city-cost" data-testid={`city-cost-${c.code}`}>
            {c.lines.map((line) => (
              <div key={line.key}>
                <dt>{line.label}</dt>
                <dd>
                  <FigureView f={line.figure} testId={`city-${line.key}-${c.code}`} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {costs.length > 0 && (
        <>
          <h3>{lang === 'fi' ? 'Kustannustiedot lähteessä' : 'Cost figures in the source'}</h3>
          <ul data-testid="detail-costs">
            {costs.map((c) => {
              const line = costLine(c, t, lang);
              return (
                <li key={`${c.kind}-${c.amount}`}>
                  {line.label}:{' '}
                  <strong className={line.missing ? 'no-data' : undefined}>{line.amount}</strong>
                  <Citations items={c.citations} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{t.externalFunding}</h3>
      <ul data-testid="detail-funding">
        {funding.external.map((f) => (
          <li key={`${f.label}-${f.amount}`}>
            {f.label}: <strong className={f.missing ? 'no-data' : undefined}>{f.amount}</strong>
            <Citations items={f.item.citations} />
          </li>
        ))}
        {funding.statement && (
          <li>
            {funding.statement}
            <Citations
              items={known.fundings
                .filter((x) => x.kind === 'NO_SEPARATE_FUNDING')
                .flatMap((x) => x.citations)}
            />
          </li>
        )}
        {!funding.external.length && !funding.statement && (
          <li className="no-data">
            {t.noData} ({t.reasons.NOT_REPORTED})
          </li>
        )}
      </ul>
      <h3>{t.effectiveness}</h3>
      <ul>
        {known.outcomes.map((o) => {
          const words = outcomeText(o, lang);
          return (
            <li key={o.id}>
              <strong>{(t.directions as Record<string, string>)[o.direction]}</strong> ·{' '}
              {t.evidenceScale.toLowerCase()} {evidenceLabel(o.evidenceLevel, t)}
              {o.value != null && o.unit
                ? ` · ${formatValue(o.value, o.unit === '%' ? 'PERCENT' : 'COUNT', lang)}`
                : ''}
              {!words.verbatim && (
                <>
                  {' '}
                  — <span lang={words.lang}>{words.text}</span>
                </>
              )}
              <Citations items={o.citations} />
            </li>
          );
        })}
      </ul>
      <h3>{t.citations}</h3>
      <Citations items={known.citations} />
      {known.__typename === 'Practice' && <AdoptionEstimate practiceId={known.id} />}
      <SimilarItems id={known.id} />
    </article>
  );
}
