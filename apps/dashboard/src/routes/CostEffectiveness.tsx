import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LazyCostEffectScatter } from '../charts/lazy';
import { ChartExport } from '../components/ChartExport';
import { EvidenceScale } from '../components/EvidenceScale';
import { FigureView } from '../components/Figure';
import { Pager, usePageParam } from '../components/Pager';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useCompared, useCostRoles, useRankLines } from '../graphql/comparison';
import { useMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { useNationalTexts } from '../national/texts';
import { CE_INDICATORS, CE_SORTS, type CeSort, costEffectivenessModel } from '../view/costEffectiveness';
import { askedCodes, pageOf, sortByValue } from '../view/scale';

/** Rows of the table (and points of the scatter) on one page. */
const ROWS = 25;
const SORT_INDICATORS = [
  'NET_OWN_CONTRIBUTION',
  'OWN_PROJECT_COST',
  'EXTERNAL_FUNDING',
  'OUTCOMES_IMPROVED',
  'OUTCOMES_WORSENED',
  'STRONGEST_EVIDENCE',
];
const SORT_INDICATOR: Record<Exclude<CeSort, 'name' | 'perTenK'>, string> = {
  net: 'NET_OWN_CONTRIBUTION',
  gross: 'OWN_PROJECT_COST',
  external: 'EXTERNAL_FUNDING',
  improved: 'OUTCOMES_IMPROVED',
  worsened: 'OUTCOMES_WORSENED',
  evidence: 'STRONGEST_EVIDENCE',
};

/** A municipality's value for a sort over all of them (improved results per 10 000 € as the table computes it). */
function ceSortValue(key: CeSort, code: string, value: (indicator: string, code: string) => number | null) {
  if (key === 'name') return null;
  if (key !== 'perTenK') return value(SORT_INDICATOR[key], code);
  const net = value('NET_OWN_CONTRIBUTION', code);
  const improved = value('OUTCOMES_IMPROVED', code);
  return net != null && net > 0 && improved != null ? (improved / net) * 10_000 : null;
}

/** Columns of the table embedded under the overview's cards: what the cards do not show already. */
const EMBEDDED_COLUMNS: readonly CeSort[] = ['name', 'improved', 'worsened', 'perTenK'];

/**
 * "Which municipality got most per euro?": a sortable table and net own cost against evidence. Sorted
 * over all shown municipalities, a page at a time (the scatter draws the page's). Embedded under the
 * overview's cards (`codes`: the cards' page), it is the key chart of exactly those municipalities, in
 * the cards' order, with the columns the cards do not have; the full table is its own page.
 */
export function CostEffectiveness({
  embedded = false,
  codes: given,
}: {
  embedded?: boolean;
  codes?: string[];
}) {
  const { t, lang } = useTexts();
  const chart = useRef<HTMLDivElement>(null);
  const [params, setParams] = useSearchParams();
  const sortKey = (CE_SORTS.find((s) => s === params.get('sort')) ?? 'name') as CeSort;
  const descending = params.get('dir') === 'desc';
  const { n } = useNationalTexts();
  const municipalities = useMunicipalities();
  // Sorted over every shown municipality by the national comparison's values, then a page compared in full.
  // Ranks order the list when it is sorted by a figure; sorted by name they are not needed first.
  const [settled, setSettled] = useState(false);
  const ranks = useRankLines(SORT_INDICATORS, t, lang, {
    wait: Boolean(given) || (sortKey === 'name' && !settled),
  });
  const byCode = new Map(municipalities.list.map((m) => [m.code, m]));
  const nameOf = (code: string) => byCode.get(code)?.nameFi ?? code;
  const all = municipalities.list.map((m) => m.code);
  const ordered =
    sortKey === 'name'
      ? [...all].sort((a, b) => (descending ? -1 : 1) * nameOf(a).localeCompare(nameOf(b), 'fi'))
      : sortByValue(all, (c) => ceSortValue(sortKey, c, ranks.value), nameOf, !descending);
  const [pageNumber, setPage] = usePageParam('cp');
  const page = pageOf(ordered, pageNumber, ROWS);
  const shown = given ?? page.items;
  const codes = askedCodes(shown);
  const q = useCompared(codes, CE_INDICATORS);
  const roles = useCostRoles(codes);
  const arrived = Boolean(q.data && roles.data);
  useEffect(() => {
    if (arrived) setSettled(true);
  }, [arrived]);
  const list = shown.flatMap((c) => byCode.get(c) ?? []);
  const model = costEffectivenessModel(
    list,
    q.data?.compareMunicipalities,
    roles.data?.costRoles,
    t,
    lang,
    given ? null : { key: sortKey, descending },
  );
  const sortBy = (key: CeSort) => {
    const next = new URLSearchParams(params);
    next.set('sort', key);
    if (key === sortKey && !descending) next.set('dir', 'desc');
    else next.delete('dir');
    next.delete('cp');
    setParams(next, { replace: true });
  };
  const columns: { key: CeSort; label: string }[] = [
    { key: 'name', label: t.municipality },
    { key: 'net', label: t.net },
    { key: 'external', label: t.external },
    { key: 'gross', label: t.gross },
    { key: 'improved', label: t.improved },
    { key: 'worsened', label: t.worsened },
    { key: 'evidence', label: t.strongestEvidence },
    { key: 'perTenK', label: t.perTenThousand },
  ];
  const shownColumns = given ? columns.filter((c) => EMBEDDED_COLUMNS.includes(c.key)) : columns;
  const Heading = embedded ? 'h3' : 'h2';
  return (
    <section aria-labelledby="ce-title">
      <PageTitle show={!embedded} title={t.costEffectiveness} />
      <Heading id="ce-title">{t.costEffectiveness}</Heading>
      <Status
        loading={municipalities.loading || q.loading || roles.loading}
        error={municipalities.error ?? (codes.length ? (q.error ?? roles.error) : null)}
      />
      {q.data && roles.data && !q.loading && !roles.loading && codes.length > 0 && (
        <>
          {!given && <Pager of={page} label={n.matrixRows} onPage={setPage} testId="ce-count" />}
          <table className="data-table" data-testid="ce-table">
            <caption>
              {given ? (
                <>
                  {lang === 'fi'
                    ? 'Mitä saatiin euroa kohden? Korttien kunnat; kustannukset ja vahvin näyttö ovat korteissa. '
                    : 'What did each euro buy? The cards’ municipalities; their costs and strongest evidence are on the cards. '}
                  <Link to={`/cost-effectiveness${params.toString() ? `?${params}` : ''}`}>
                    {lang === 'fi' ? 'Koko taulukko' : 'The full table'}
                  </Link>
                </>
              ) : lang === 'fi' ? (
                'Mitä saatiin euroa kohden? Järjestä sarakkeen otsikosta.'
              ) : (
                'What did each euro buy? Sort by a column heading.'
              )}
            </caption>
            <thead>
              <tr>
                {shownColumns.map((c) =>
                  given ? (
                    <th scope="col" key={c.key}>
                      {c.label}
                    </th>
                  ) : (
                    <th
                      scope="col"
                      key={c.key}
                      aria-sort={sortKey === c.key ? (descending ? 'descending' : 'ascending') : undefined}
                    >
                      <button
                        type="button"
                        className="sort"
                        data-testid={`sort-${c.key}`}
                        onClick={() => sortBy(c.key)}
                      >
                        {c.label}
                        <span aria-hidden="true">
                          {sortKey === c.key ? (descending ? ' ▼' : ' ▲') : ' ↕'}
                        </span>
                      </button>
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => (
                <tr key={r.code} data-testid={`ce-row-${r.code}`}>
                  <th scope="row">{r.name}</th>
                  {!given && (
                    <>
                      <td>
                        <FigureView f={r.net} testId={`ce-net-${r.code}`} />
                      </td>
                      <td>
                        <FigureView f={r.external} testId={`ce-external-${r.code}`} />
                      </td>
                      <td>
                        <FigureView f={r.gross} testId={`ce-gross-${r.code}`} />
                      </td>
                    </>
                  )}
                  <td>
                    <FigureView f={r.improved} testId={`ce-improved-${r.code}`} />
                  </td>
                  <td>
                    <FigureView f={r.worsened} testId={`ce-worsened-${r.code}`} />
                  </td>
                  {!given && (
                    <td>
                      <FigureView f={r.evidence} testId={`ce-evidence-${r.code}`} />
                    </td>
                  )}
                  <td
                    data-testid={`ce-per10k-${r.code}`}
                    className={r.perTenK == null ? 'no-data' : undefined}
                  >
                    {r.perTenKText}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="chart-note">
            {t.perTenThousand}: {t.perTenThousandNote}.
          </p>
          <div ref={chart} className="chart-box">
            <Suspense fallback={null}>
              <LazyCostEffectScatter
                data={model.points}
                notPlotted={model.notPlotted}
                notPlottedLabel={t.notPlotted}
                formatCost={(v) => formatValue(v, 'EUR', lang)}
                xLabel={t.net}
                yLabel={t.evidenceScale}
                levels={t.evidenceLevels}
                title={t.scatterTitle}
                description={t.scatterDesc}
              />
            </Suspense>
          </div>
          <ChartExport
            chart={chart}
            name="vertailu-kustannus-vaikuttavuus"
            title={t.scatterTitle}
            subtitle={`${t.scatterDesc} ${model.notPlotted.length ? `${t.notPlotted}: ${model.notPlotted.map((n) => `${n.name} (${n.why})`).join('; ')}` : ''}`}
            onCsv={() =>
              downloadCsv('vertailu-kustannus-vaikuttavuus.csv', toCsv(model.csv.header, model.csv.rows))
            }
          />
          <EvidenceScale />
        </>
      )}
    </section>
  );
}

function PageTitle({ show, title }: { show: boolean; title: string }) {
  usePageTitle(show ? title : null);
  return null;
}
