import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { NoData, Status } from '../components/Status';
import { formatValue } from '../format';
import { useAllMunicipalitiesCompared } from '../graphql/comparison';
import { useTexts } from '../i18n';

// The key chart loads after the cards, so the landing page ships no chart library up front.
const CostEffectiveness = lazy(() =>
  import('./CostEffectiveness').then((m) => ({ default: m.CostEffectiveness })),
);

const INDICATORS = [
  'PROJECT_COUNT',
  'PRACTICE_COUNT',
  'OWN_PROJECT_COST',
  'EXTERNAL_FUNDING',
  'STRONGEST_EVIDENCE',
];
const EVIDENCE = ['NOT_YET_MEASURED', 'EXPERIENTIAL', 'SURVEY', 'STATISTICS', 'COMPARISON_GROUP'] as const;

/** A card per municipality: projects, practices, own costs, external funding, strongest evidence. */
export function Overview() {
  const { t, lang } = useTexts();
  const { municipalities, codes, compare } = useAllMunicipalitiesCompared(INDICATORS);
  const ready = codes.length > 0 && compare.data;
  const row = (indicator: string, code: string) =>
    compare.data?.compareMunicipalities
      .find((c) => c.indicator.code === indicator)
      ?.rows.find((r) => r.municipality.code === code);
  const labels: Record<string, string> = {
    PROJECT_COUNT: t.projects,
    PRACTICE_COUNT: t.practices,
    OWN_PROJECT_COST: t.ownCost,
    EXTERNAL_FUNDING: t.externalFunding,
    STRONGEST_EVIDENCE: t.strongestEvidence,
  };
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t.overview}</h2>
      <Status
        loading={municipalities.loading || (codes.length > 0 && compare.loading)}
        error={municipalities.error ?? (codes.length ? compare.error : null)}
      />
      {ready && (municipalities.data?.municipalities.totalCount ?? 0) > codes.length && (
        <p className="notice" data-testid="first-of">
          {t.firstOf(codes.length, municipalities.data?.municipalities.totalCount ?? 0)}
        </p>
      )}
      {ready && (
        <ul className="cards">
          {municipalities.data?.municipalities.edges.map(({ node: m }) => (
            <li key={m.code} className="card" data-testid={`card-${m.code}`}>
              <h3>
                <Link to={`/municipality/${m.code}${lang === 'en' ? '?lang=en' : ''}`}>{m.nameFi}</Link>
              </h3>
              <dl>
                {INDICATORS.map((code) => {
                  const r = row(code, m.code);
                  let shown: React.ReactNode = <NoData reason={r?.missingReason ?? null} />;
                  if (r?.value != null) {
                    shown =
                      code === 'STRONGEST_EVIDENCE'
                        ? t.evidence[EVIDENCE[r.value] ?? 'NOT_YET_MEASURED']
                        : formatValue(r.value, r.unit, lang);
                  }
                  return (
                    <div key={code}>
                      <dt>{labels[code]}</dt>
                      <dd data-testid={`${code}-${m.code}`}>{shown}</dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {ready && (
        <Suspense fallback={null}>
          <CostEffectiveness />
        </Suspense>
      )}
    </section>
  );
}
