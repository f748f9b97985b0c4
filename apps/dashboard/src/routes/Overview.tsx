import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { FigureView } from '../components/Figure';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { useAllMunicipalitiesCompared, useCostRoles } from '../graphql/comparison';
import { useTexts } from '../i18n';
import { OVERVIEW_INDICATORS, overviewModel } from '../view/overview';

// The key chart loads after the cards, so the landing page ships no chart library up front.
const CostEffectiveness = lazy(() =>
  import('./CostEffectiveness').then((m) => ({ default: m.CostEffectiveness })),
);

/** A card per municipality: projects, practices, gross / external / net cost, strongest evidence. */
export function Overview() {
  const { t, lang } = useTexts();
  usePageTitle(null);
  const { municipalities, codes, compare } = useAllMunicipalitiesCompared(OVERVIEW_INDICATORS);
  const roles = useCostRoles(codes);
  const ready = codes.length > 0 && compare.data && roles.data;
  const list = municipalities.data?.municipalities.edges.map((e) => e.node) ?? [];
  const cards = ready
    ? overviewModel(list, compare.data?.compareMunicipalities, roles.data?.costRoles, t, lang)
    : [];
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t.overview}</h2>
      <Status
        loading={municipalities.loading || (codes.length > 0 && (compare.loading || roles.loading))}
        error={municipalities.error ?? (codes.length ? (compare.error ?? roles.error) : null)}
      />
      {ready && (municipalities.data?.municipalities.totalCount ?? 0) > codes.length && (
        <p className="notice" data-testid="first-of">
          {t.firstOf(codes.length, municipalities.data?.municipalities.totalCount ?? 0)}
        </p>
      )}
      {ready && (
        <ul className="cards">
          {cards.map((card) => (
            <li key={card.code} className="card" data-testid={`card-${card.code}`}>
              <h3>
                <Link to={`/municipality/${card.code}${lang === 'en' ? '?lang=en' : ''}`}>{card.name}</Link>
              </h3>
              <dl>
                {card.lines.map((line) => (
                  <div key={line.key}>
                    <dt>
                      {line.label}
                      {line.hint && <small className="hint">{line.hint}</small>}
                    </dt>
                    <dd>
                      <FigureView f={line.figure} testId={`${line.key}-${card.code}`} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {ready && (
        <Suspense fallback={null}>
          <CostEffectiveness embedded />
        </Suspense>
      )}
    </section>
  );
}
