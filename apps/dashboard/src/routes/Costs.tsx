import { Suspense, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { MUNICIPALITY_COLORS } from '../charts/colors';
import { LazyCostStackChart, LazySpendingOverTime } from '../charts/lazy';
import { ChartExport } from '../components/ChartExport';
import { FigureView } from '../components/Figure';
import { Pager, usePageParam } from '../components/Pager';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { useCostRoles, useRankLines, withExplainRefs } from '../graphql/comparison';
import { CompareDocument, type Normalize, SeriesDocument } from '../graphql/generated';
import { useMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { DotStrip } from '../national/DotStrip';
import { useNationalTexts } from '../national/texts';
import { COSTS_INDICATORS, costsModel, spendingModel, TABLE } from '../view/costs';
import { askedCodes, pageOf, sortByValue } from '../view/scale';

const NORMALIZE: Normalize[] = ['NONE', 'PER_INHABITANT', 'PER_CHILD'];
/** Municipalities in the table (and the charts) on one page. */
const ROWS = 25;

/** Gross cost, external funding and net own cost side by side; the normalisation and years live in the URL. */
export function Costs() {
  const { t, lang } = useTexts();
  usePageTitle(t.costs);
  const chart = useRef<HTMLDivElement>(null);
  const spendingChart = useRef<HTMLDivElement>(null);
  const [params, setParams] = useSearchParams();
  const normalize = (NORMALIZE.find((n) => n === params.get('norm')) ?? 'NONE') as Normalize;
  const from = Number(params.get('from')) || null;
  const to = Number(params.get('to')) || null;
  const { n } = useNationalTexts();
  const municipalities = useMunicipalities();
  const years = from || to ? { from: from ?? 1990, to: to ?? 2100 } : null;
  // Every municipality compared on the table's figures (values and ranks): ranks among all, county
  // medians, the distribution, and the order of the whole list; then one page compared in full.
  // What is secondary to the table (ranks among all, the yearly series) is asked once the table is in:
  // one server answers them in turn. Sorted by a figure, the ranks order the list and come first.
  const [settled, setSettled] = useState(false);
  const sorted = TABLE.some((i) => i === params.get('csort'));
  const ranks = useRankLines([...TABLE], t, lang, { normalize, years, wait: !sorted && !settled });
  const byCode = new Map(municipalities.list.map((m) => [m.code, m]));
  const nameOf = (code: string) => byCode.get(code)?.nameFi ?? code;
  const sortKey = TABLE.find((i) => i === params.get('csort')) ?? null;
  const ascending = params.get('cdir') === 'asc';
  const all = municipalities.list.map((m) => m.code);
  const ordered = sortKey ? sortByValue(all, (c) => ranks.value(sortKey, c), nameOf, ascending) : all;
  const [pageNumber, setPage] = usePageParam('cpage');
  const page = pageOf(ordered, pageNumber, ROWS);
  const codes = askedCodes(page.items);
  const list = page.items.map((c) => byCode.get(c) as (typeof municipalities.list)[number]);
  const variables = {
    municipalities: codes,
    indicators: COSTS_INDICATORS,
    years,
    normalize,
  };
  const asked = useQuery(CompareDocument, variables, { skip: !codes.length });
  const compare = { ...asked, data: withExplainRefs(asked.data, variables) };
  const series = useQuery(
    SeriesDocument,
    { municipalities: codes, indicator: 'OWN_PROJECT_COST' },
    { skip: !codes.length || !settled },
  );
  const roles = useCostRoles(codes);
  const arrived = Boolean(compare.data && roles.data);
  useEffect(() => {
    if (arrived) setSettled(true);
  }, [arrived]);
  const model = costsModel(
    list,
    compare.data?.compareMunicipalities,
    roles.data?.costRoles,
    normalize === 'NONE' && !from && !to,
    t,
    lang,
    ranks.line,
  );
  const sortBy = (key: string | null) => {
    const next = new URLSearchParams(params);
    if (key) next.set('csort', key);
    else next.delete('csort');
    if (key && key === sortKey && !ascending) next.set('cdir', 'asc');
    else next.delete('cdir');
    next.delete('cpage');
    setParams(next, { replace: true });
  };
  const sortHeader = (key: string | null, label: string) => {
    const active = (sortKey ?? null) === key;
    return (
      <th
        scope="col"
        key={key ?? 'name'}
        aria-sort={active ? (key && !ascending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="sort"
          data-testid={`cost-sort-${key ?? 'name'}`}
          onClick={() => sortBy(key)}
        >
          {label}
          <span aria-hidden="true">{active ? (key && !ascending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  const stripIndicator = 'NET_OWN_CONTRIBUTION';
  const stripRows = [...(ranks.contexts.get(stripIndicator) ?? new Map())].map(([code, c]) => ({
    code,
    value: c.value as number | null,
  }));
  const stripUnit = ranks.units.get(stripIndicator) ?? 'EUR';
  const spending = spendingModel(series.data?.indicatorSeries ?? [], list, t);
  const unit =
    compare.data?.compareMunicipalities.find((c) => c.indicator.code === 'NET_OWN_CONTRIBUTION')?.rows[0]
      ?.unit ?? 'EUR';
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const exportCsv = () =>
    downloadCsv(
      `vertailu-kustannukset-${normalize.toLowerCase()}.csv`,
      toCsv(model.csv.header, model.csv.rows),
    );
  const exportStack = () =>
    downloadCsv(
      `vertailu-rahoitus-${normalize.toLowerCase()}.csv`,
      toCsv(
        [t.municipality, ...(model.stackRows[0]?.cells.map((c) => model.labels[c.key] as string) ?? [])],
        model.stackRows.map((r) => [
          r.name,
          ...r.cells.map((c) => (c.figure.value != null ? c.figure.value : c.figure.text)),
        ]),
      ),
    );
  const spendingTitle = lang === 'fi' ? 'Bruttokustannukset vuosittain' : 'Gross cost by year';
  const spendingDesc =
    lang === 'fi'
      ? 'Kunkin hankkeen ja mallin kustannus (kunnan osuus) jaettuna toteutusvuosille päivien mukaan.'
      : 'Each project’s and practice’s cost (the municipality’s share) spread over the years it ran, by days.';
  return (
    <section aria-labelledby="costs-title">
      <h2 id="costs-title">{t.costs}</h2>
      <form className="filters no-print" onSubmit={(e) => e.preventDefault()}>
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
        loading={municipalities.loading || compare.loading || roles.loading}
        error={municipalities.error ?? (codes.length ? (compare.error ?? roles.error) : null)}
      />
      {compare.data && roles.data && !compare.loading && !roles.loading && codes.length > 0 && (
        <>
          <Pager of={page} label={n.matrixRows} onPage={setPage} testId="cost-count" />
          <table className="data-table" data-testid="cost-table">
            <caption>
              {lang === 'fi'
                ? 'Mitä kehittämistyö maksoi kunnalle'
                : 'What the development work cost the city'}
            </caption>
            <thead>
              <tr>
                {sortHeader(null, t.municipality)}
                {TABLE.map((i) => sortHeader(i, model.labels[i] as string))}
              </tr>
            </thead>
            <tbody>
              {model.tableRows.map((r) => (
                <tr key={r.code} data-code={r.code}>
                  <th scope="row">{r.name}</th>
                  {r.cells.map((c) => (
                    <td key={c.key}>
                      <FigureView f={c.figure} testId={`${c.key}-${r.code}`} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {stripRows.length > 0 && (
            <DotStrip
              values={stripRows}
              chosen={new Set(all)}
              nameOf={nameOf}
              show={(v) => formatValue(v, stripUnit, lang)}
              caption={`${model.labels[stripIndicator]} — ${n.distribution.toLowerCase()}`}
            />
          )}
          <div ref={chart} className="chart-box">
            <Suspense fallback={null}>
              <LazyCostStackChart
                data={model.chartData}
                series={model.series}
                legend={model.legend}
                legendLabel={lang === 'fi' ? 'Selite' : 'Legend'}
                missing={model.missing}
                format={(v) => formatValue(v, unit, lang)}
                title={t.costChartTitle}
                description={t.costChartDesc}
              />
            </Suspense>
          </div>
          <ChartExport
            chart={chart}
            name={`vertailu-rahoitus-${normalize.toLowerCase()}`}
            title={t.costChartTitle}
            subtitle={t.costChartDesc}
            legend={model.legend}
            onCsv={exportStack}
          />
          <details className="chart-table">
            <summary>{t.chartAsTable}</summary>
            <table className="data-table" data-testid="stack-table">
              <thead>
                <tr>
                  <th scope="col">{t.municipality}</th>
                  {model.stackRows[0]?.cells.map((c) => (
                    <th scope="col" key={c.key}>
                      {model.labels[c.key]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {model.stackRows.map((r) => (
                  <tr key={r.code}>
                    <th scope="row">{r.name}</th>
                    {r.cells.map((c) => (
                      <td key={c.key}>
                        <FigureView f={c.figure} testId={`stack-${c.key}-${r.code}`} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {series.data && (
            <>
              <div ref={spendingChart} className="chart-box">
                <Suspense fallback={null}>
                  <LazySpendingOverTime
                    data={spending.rows}
                    municipalities={spending.names}
                    absent={spending.absent}
                    absentLabel={t.notPlotted}
                    legendLabel={lang === 'fi' ? 'Selite' : 'Legend'}
                    format={(v) => formatValue(v, 'EUR', lang)}
                    title={spendingTitle}
                    description={spendingDesc}
                  />
                </Suspense>
              </div>
              <ChartExport
                chart={spendingChart}
                name="vertailu-kustannukset-vuosittain"
                title={spendingTitle}
                subtitle={spendingDesc}
                legend={spending.names.map((n, i) => ({
                  label: n,
                  color: MUNICIPALITY_COLORS[i % MUNICIPALITY_COLORS.length] as string,
                }))}
                onCsv={() =>
                  downloadCsv(
                    'vertailu-kustannukset-vuosittain.csv',
                    toCsv(
                      [t.year, ...spending.names],
                      spending.rows.map((r) => [r.year ?? null, ...spending.names.map((n) => r[n] ?? null)]),
                    ),
                  )
                }
              />
              <details className="chart-table">
                <summary>{t.chartAsTable}</summary>
                <table className="data-table" data-testid="spending-table">
                  <thead>
                    <tr>
                      <th scope="col">{t.year}</th>
                      {spending.names.map((n) => (
                        <th scope="col" key={n}>
                          {n}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {spending.rows.map((row) => (
                      <tr key={row.year}>
                        <th scope="row">{row.year}</th>
                        {spending.names.map((n) => (
                          <td key={n}>
                            {row[n] != null ? (
                              formatValue(row[n] as number, 'EUR', lang)
                            ) : (
                              <span className="no-data">{t.noData}</span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </>
      )}
    </section>
  );
}
