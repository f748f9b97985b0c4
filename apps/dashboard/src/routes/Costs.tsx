import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { CostStackChart, type CostStackDatum } from '../charts/CostStackChart';
import { SpendingOverTime, type YearDatum } from '../charts/SpendingOverTime';
import { ChartExport } from '../components/ChartExport';
import { NoData, Status, Value } from '../components/Status';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { CompareDocument, type Normalize, SeriesDocument } from '../graphql/generated';
import { useMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';

const STACK = [
  'NET_OWN_CONTRIBUTION',
  'EXTERNAL_FUNDING_EU',
  'EXTERNAL_FUNDING_STATE_FUND',
  'EXTERNAL_FUNDING_MINISTRY',
];
const TABLE = ['OWN_PROJECT_COST', 'EXTERNAL_FUNDING', 'EXTERNAL_FUNDING_SHARE'];
const NORMALIZE: Normalize[] = ['NONE', 'PER_INHABITANT', 'PER_CHILD'];

/** Municipalities side by side on costs; the normalisation and years live in the URL. */
export function Costs() {
  const { t, lang } = useTexts();
  const chart = useRef<HTMLDivElement>(null);
  const [params, setParams] = useSearchParams();
  const normalize = (NORMALIZE.find((n) => n === params.get('norm')) ?? 'NONE') as Normalize;
  const from = Number(params.get('from')) || null;
  const to = Number(params.get('to')) || null;
  const municipalities = useMunicipalities();
  const codes = municipalities.data?.municipalities.edges.map((e) => e.node.code) ?? [];
  const compare = useQuery(
    CompareDocument,
    {
      municipalities: codes,
      indicators: [...STACK, ...TABLE],
      years: from || to ? { from: from ?? 1990, to: to ?? 2100 } : null,
      normalize,
    },
    { skip: !codes.length },
  );
  const series = useQuery(
    SeriesDocument,
    {
      municipalities: codes,
      indicator: 'OWN_PROJECT_COST',
    },
    { skip: !codes.length },
  );
  const names = [...new Set(series.data?.indicatorSeries.map((p) => p.municipality.nameFi) ?? [])];
  const byYear = new Map<number, YearDatum>();
  for (const p of series.data?.indicatorSeries ?? []) {
    const datum = byYear.get(p.year) ?? { year: p.year };
    datum[p.municipality.nameFi] = p.value;
    byYear.set(p.year, datum);
  }
  const spendingChart = useRef<HTMLDivElement>(null);
  const exportStack = () =>
    downloadCsv(
      `vertailu-rahoitus-${normalize.toLowerCase()}.csv`,
      toCsv(
        [t.municipality, ...STACK.flatMap((k) => [labels[k] as string, `${labels[k]}: ${t.reason}`])],
        codes.map((code, i) => [
          chartData[i]?.municipality as string,
          ...STACK.flatMap((k) => {
            const r = byIndicator.get(k)?.rows.find((x) => x.municipality.code === code);
            return [r?.value ?? null, r?.missingReason ?? null];
          }),
        ]),
      ),
    );
  const spendingRows = [...byYear.values()].sort((a, b) => a.year - b.year);
  const exportSpending = () =>
    downloadCsv(
      'vertailu-kustannukset-vuosittain.csv',
      toCsv(
        [lang === 'fi' ? 'Vuosi' : 'Year', ...names],
        spendingRows.map((r) => [r.year, ...names.map((n) => r[n] ?? null)]),
      ),
    );
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const byIndicator = new Map(compare.data?.compareMunicipalities.map((c) => [c.indicator.code, c]) ?? []);
  const unit = byIndicator.get('OWN_PROJECT_COST')?.rows[0]?.unit ?? 'EUR';
  const labels: Record<string, string> = {
    NET_OWN_CONTRIBUTION: t.netOwn,
    EXTERNAL_FUNDING_EU: t.eu,
    EXTERNAL_FUNDING_STATE_FUND: t.stateFund,
    EXTERNAL_FUNDING_MINISTRY: t.ministry,
    OWN_PROJECT_COST: t.ownCost,
    EXTERNAL_FUNDING: t.externalFunding,
    EXTERNAL_FUNDING_SHARE: lang === 'fi' ? 'Ulkopuolisen rahoituksen osuus' : 'External funding share',
  };
  const chartData: CostStackDatum[] = codes.map((code) => {
    const datum: CostStackDatum = {
      municipality:
        municipalities.data?.municipalities.edges.find((e) => e.node.code === code)?.node.nameFi ?? code,
    };
    for (const s of STACK)
      datum[s] = byIndicator.get(s)?.rows.find((r) => r.municipality.code === code)?.value ?? null;
    return datum;
  });
  const tableRows = codes.map((code) => ({
    code,
    name: chartData.find((_, i) => codes[i] === code)?.municipality as string,
    cells: TABLE.map((i) => byIndicator.get(i)?.rows.find((r) => r.municipality.code === code) ?? null),
  }));
  const exportCsv = () =>
    downloadCsv(
      `vertailu-kustannukset-${normalize.toLowerCase()}.csv`,
      toCsv(
        [
          t.municipality,
          ...TABLE.flatMap((i) => [
            `${labels[i]} (${byIndicator.get(i)?.rows[0]?.unit ?? ''})`,
            `${labels[i]}: ${t.reason}`,
          ]),
        ],
        tableRows.map((r) => [
          r.name,
          ...r.cells.flatMap((c) => [c?.value ?? null, c?.missingReason ?? null]),
        ]),
      ),
    );

  return (
    <section aria-labelledby="costs-title">
      <h2 id="costs-title">{t.costs}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.show}{' '}
          <select
            data-testid="normalize"
            value={normalize}
            onChange={(e) => update('norm', e.target.value === 'NONE' ? null : e.target.value)}
          >
            <option value="NONE">{t.absolute}</option>
            <option value="PER_INHABITANT">{t.perInhabitant}</option>
            <option value="PER_CHILD">{t.perChild}</option>
          </select>
        </label>
        <label>
          {t.yearsFrom}{' '}
          <input
            type="number"
            min={1990}
            max={2100}
            value={from ?? ''}
            onChange={(e) => update('from', e.target.value || null)}
          />
        </label>
        <label>
          {t.yearsTo}{' '}
          <input
            type="number"
            min={1990}
            max={2100}
            value={to ?? ''}
            onChange={(e) => update('to', e.target.value || null)}
          />
        </label>
        <button type="button" data-testid="cost-csv" onClick={exportCsv} disabled={!compare.data}>
          {t.exportCsv}
        </button>
      </form>
      <Status
        loading={municipalities.loading || compare.loading}
        error={municipalities.error ?? (codes.length ? compare.error : null)}
      />
      {compare.data && codes.length > 0 && (
        <>
          <div ref={chart}>
            <CostStackChart
              data={chartData}
              series={STACK.map((key) => ({ key, label: labels[key] as string }))}
              format={(v) => formatValue(v, unit, lang)}
              title={t.costChartTitle}
              description={t.costChartDesc}
            />
          </div>
          <ChartExport
            chart={chart}
            name={`vertailu-rahoitus-${normalize.toLowerCase()}`}
            onCsv={exportStack}
          />
          <details>
            <summary>{lang === 'fi' ? 'Kuvan luvut taulukkona' : 'The chart as a table'}</summary>
            <table className="data-table" data-testid="stack-table">
              <thead>
                <tr>
                  <th scope="col">{t.municipality}</th>
                  {STACK.map((k) => (
                    <th scope="col" key={k}>
                      {labels[k]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {codes.map((code, i) => (
                  <tr key={code}>
                    <th scope="row">{chartData[i]?.municipality}</th>
                    {STACK.map((k) => {
                      const r = byIndicator.get(k)?.rows.find((x) => x.municipality.code === code);
                      return <td key={k}>{<Value row={r} />}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {series.data && (
            <div ref={spendingChart}>
              <SpendingOverTime
                data={spendingRows}
                municipalities={names}
                format={(v) => formatValue(v, 'EUR', lang)}
                title={
                  lang === 'fi'
                    ? 'Oma osuus hankkeiden kustannuksista vuosittain'
                    : 'Own share of project costs by year'
                }
                description={
                  lang === 'fi'
                    ? 'Kunkin hankkeen kustannus jaettuna toteutusvuosille päivien mukaan. Kunnat, joilta tieto puuttuu, eivät näy kuvassa.'
                    : 'Each project’s cost spread over the years it ran, by days. Municipalities without data are not drawn.'
                }
              />
            </div>
          )}
          {series.data && (
            <details>
              <summary>
                {lang === 'fi' ? 'Vuosittaiset luvut taulukkona' : 'Yearly figures as a table'}
              </summary>
              <table className="data-table" data-testid="spending-table">
                <thead>
                  <tr>
                    <th scope="col">{lang === 'fi' ? 'Vuosi' : 'Year'}</th>
                    {names.map((n) => (
                      <th scope="col" key={n}>
                        {n}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {spendingRows.map((row) => (
                    <tr key={row.year}>
                      <th scope="row">{row.year}</th>
                      {names.map((n) => (
                        <td key={n}>
                          {row[n] != null ? (
                            formatValue(row[n] as number, 'EUR', lang)
                          ) : (
                            <NoData reason={null} />
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <ChartExport
                chart={spendingChart}
                name="vertailu-kustannukset-vuosittain"
                onCsv={exportSpending}
              />
            </details>
          )}
          <table className="data-table" data-testid="cost-table">
            <caption>{t.costs}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipality}</th>
                {TABLE.map((i) => (
                  <th scope="col" key={i}>
                    {labels[i]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tableRows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.name}</th>
                  {r.cells.map((c, i) => (
                    <td key={TABLE[i]} data-testid={`${TABLE[i]}-${r.code}`} title={c?.note ?? undefined}>
                      {<Value row={c} />}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
