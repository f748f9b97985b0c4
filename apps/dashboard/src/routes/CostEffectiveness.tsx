import { useRef } from 'react';
import { CostEffectScatter } from '../charts/CostEffectScatter';
import { ChartExport } from '../components/ChartExport';
import { Status, Value } from '../components/Status';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useAllMunicipalitiesCompared } from '../graphql/comparison';
import { useTexts } from '../i18n';

const INDICATORS = ['OWN_PROJECT_COST', 'STRONGEST_EVIDENCE', 'OUTCOMES_IMPROVED', 'OUTCOMES_WORSENED'];

/** Quadrant-style view: what the development work cost against how well its results are shown. */
export function CostEffectiveness() {
  const { t, lang } = useTexts();
  const chart = useRef<HTMLDivElement>(null);
  const { municipalities, codes, compare: q } = useAllMunicipalitiesCompared(INDICATORS);
  const get = (indicator: string, code: string) =>
    q.data?.compareMunicipalities
      .find((c) => c.indicator.code === indicator)
      ?.rows.find((r) => r.municipality.code === code);
  const name = (code: string) =>
    municipalities.data?.municipalities.edges.find((e) => e.node.code === code)?.node.nameFi ?? code;
  const points = codes.flatMap((code) => {
    const cost = get('OWN_PROJECT_COST', code)?.value;
    const evidence = get('STRONGEST_EVIDENCE', code)?.value;
    return cost != null && evidence != null ? [{ name: name(code), cost, evidence }] : [];
  });
  return (
    <section aria-labelledby="ce-title">
      <h2 id="ce-title">{t.costEffectiveness}</h2>
      <Status
        loading={municipalities.loading || q.loading}
        error={municipalities.error ?? (codes.length ? q.error : null)}
      />
      {q.data && codes.length > 0 && (
        <>
          <div ref={chart}>
            <CostEffectScatter
              data={points}
              formatCost={(v) => formatValue(v, 'EUR', lang)}
              title={t.scatterTitle}
              description={t.scatterDesc}
            />
          </div>
          <ChartExport
            chart={chart}
            name="vertailu-kustannus-vaikuttavuus"
            onCsv={() =>
              downloadCsv(
                'vertailu-kustannus-vaikuttavuus.csv',
                toCsv(
                  [t.municipality, ...(q.data?.compareMunicipalities.map((c) => c.indicator.code) ?? [])],
                  codes.map((code) => [
                    name(code),
                    ...(q.data?.compareMunicipalities.map(
                      (c) => c.rows.find((r) => r.municipality.code === code)?.value ?? null,
                    ) ?? []),
                  ]),
                ),
              )
            }
          />
          <table className="data-table" data-testid="ce-table">
            <caption>{t.scatterTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipality}</th>
                {q.data.compareMunicipalities.map((c) => (
                  <th scope="col" key={c.indicator.code}>
                    {lang === 'fi' ? c.indicator.nameFi : c.indicator.nameEn}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code}>
                  <th scope="row">{name(code)}</th>
                  {q.data?.compareMunicipalities.map((c) => {
                    const r = c.rows.find((x) => x.municipality.code === code);
                    return <td key={c.indicator.code}>{<Value row={r} />}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
