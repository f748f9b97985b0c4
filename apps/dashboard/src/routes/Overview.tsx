import { Fragment, lazy, Suspense, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FigureParts } from '../components/Figure';
import { Pager, usePageParam } from '../components/Pager';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { useCompared, useCostRoles, useRankLines } from '../graphql/comparison';
import { useMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { useNationalTexts } from '../national/texts';
import { OVERVIEW_INDICATORS, overviewModel } from '../view/overview';
import { askedCodes, pageOf, sortByValue } from '../view/scale';

// The key chart loads after the cards, so the landing page ships no chart library up front.
const CostEffectiveness = lazy(() =>
  import('./CostEffectiveness').then((m) => ({ default: m.CostEffectiveness })),
);

/** Cards on one page: a county of peers fits, the whole country is paged. */
const CARDS = 24;
const SORTS = { POPULATION: 'POPULATION', NET_OWN_CONTRIBUTION: 'NET_OWN_CONTRIBUTION' } as const;
const RANKED = ['POPULATION', 'OWN_PROJECT_COST', 'EXTERNAL_FUNDING', 'NET_OWN_CONTRIBUTION'];

/**
 * A card per municipality: population and the city's gross / external / net cost with each one's rank
 * among all municipalities and its county's median, projects, practices, strongest evidence. A page
 * of cards at a time, with the count of all.
 */
export function Overview() {
  const { t, lang } = useTexts();
  const { n } = useNationalTexts();
  usePageTitle(null);
  const [params, setParams] = useSearchParams();
  const municipalities = useMunicipalities();
  const sortKey = Object.values(SORTS).find((s) => s === params.get('osort')) ?? null;
  // Ranks come after the cards unless they order them.
  const [settled, setSettled] = useState(false);
  const ranks = useRankLines(RANKED, t, lang, { wait: !sortKey && !settled });
  const byCode = new Map(municipalities.list.map((m) => [m.code, m]));
  const nameOf = (code: string) => byCode.get(code)?.nameFi ?? code;
  const codes = municipalities.list.map((m) => m.code);
  const ordered = sortKey ? sortByValue(codes, (c) => ranks.value(sortKey, c), nameOf) : codes;
  const [pageNumber, setPage] = usePageParam('op');
  const page = pageOf(ordered, pageNumber, CARDS);
  const compare = useCompared(askedCodes(page.items), OVERVIEW_INDICATORS);
  const roles = useCostRoles(askedCodes(page.items));
  const arrived = Boolean(compare.data && roles.data);
  useEffect(() => {
    if (arrived) setSettled(true);
  }, [arrived]);
  // Only answers to this page's codes: the last page's, kept while the next loads, would be shown as missing.
  const ready = page.items.length > 0 && compare.data && roles.data && !compare.loading && !roles.loading;
  const cards = ready
    ? overviewModel(
        page.items.map((c) => byCode.get(c) as (typeof municipalities.list)[number]),
        compare.data?.compareMunicipalities,
        roles.data?.costRoles,
        t,
        lang,
        { rankLine: ranks.line, population: (c) => ranks.contextFigure('POPULATION', c) },
      )
    : [];
  const sortBy = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('osort', value);
    else next.delete('osort');
    next.delete('op');
    setParams(next, { replace: true });
  };
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t.overview}</h2>
      <Status
        loading={municipalities.loading || (page.items.length > 0 && (compare.loading || roles.loading))}
        error={municipalities.error ?? (page.items.length ? (compare.error ?? roles.error) : null)}
      />
      {ready && (
        <div className="filters no-print">
          <Pager of={page} label={n.matrixRows} onPage={setPage} testId="overview-count" />
          <label>
            {n.sortCards}{' '}
            <select
              data-testid="overview-sort"
              value={sortKey ?? ''}
              onChange={(e) => sortBy(e.target.value)}
            >
              <option value="">{n.byName}</option>
              <option value={SORTS.POPULATION}>{t.context}</option>
              <option value={SORTS.NET_OWN_CONTRIBUTION}>{t.net}</option>
            </select>
          </label>
        </div>
      )}
      {ready && (
        <ul className="cards">
          {cards.map((card) => (
            <li key={card.code} className="card" data-testid={`card-${card.code}`}>
              <h3>
                <Link to={`/municipality/${card.code}${lang === 'en' ? '?lang=en' : ''}`}>{card.name}</Link>
              </h3>
              {card.noWork && (
                <p className="no-work" data-testid={`no-work-${card.code}`}>
                  {n.noWorkSentence}
                </p>
              )}
              <dl>
                {card.lines.map((line) => (
                  <Fragment key={line.key}>
                    <dt>
                      {line.label}
                      {line.hint && <small className="hint">{line.hint}</small>}
                    </dt>
                    <dd className="figure">
                      <FigureParts f={line.figure} testId={`${line.key}-${card.code}`} />
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {ready && (
        <Suspense fallback={null}>
          <CostEffectiveness embedded codes={page.items} />
        </Suspense>
      )}
    </section>
  );
}
