import { EVIDENCE_SCALE } from '@vertailu/data/vocabulary';
import { Fragment, Suspense, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { LazyMeasuredOutcomes } from '../charts/lazy';
import { ChartExport } from '../components/ChartExport';
import { EvidenceScale } from '../components/EvidenceScale';
import { Pager, usePageParam } from '../components/Pager';
import { NoData, Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useQuery } from '../graphql/client';
import {
  MatrixCellDocument,
  MatrixPageDocument,
  MeasuredResultsDocument,
  type OutcomeMatrixOrder,
} from '../graphql/generated';
import { useMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { useNationalTexts } from '../national/texts';
import { formatAt } from '../view/dates';
import { effectivenessModel, measuredModel } from '../view/effectiveness';
import { evidenceLabel } from '../view/figures';
import { outcomeText } from '../view/outcomes';
import { pageOf, serverPage } from '../view/scale';
import { Citations } from './Detail';

/** Matrix rows on one page: with 12 domains a screenful, and well under 2 000 elements on the page. */
const ROWS = 20;
/** Bars of the measured-results chart at once. */
const BARS = 15;
const ORDERS: OutcomeMatrixOrder[] = ['GIVEN', 'RESULTS', 'IMPROVED', 'WORSENED', 'EVIDENCE'];
/** Every domain at once for up to this many municipalities on the page (their results stay few). */
const FEW = 5;
const ALL = 'ALL';

/** The domain with most results among the page's municipalities: where measured results most likely are. */
function busiestDomain(
  page:
    | { domains: { code: string }[]; rows: { cells: { domain: { code: string }; count: number }[] }[] }
    | undefined,
): string | null {
  if (!page) return null;
  const counts = new Map<string, number>();
  for (const row of page.rows)
    for (const c of row.cells) counts.set(c.domain.code, (counts.get(c.domain.code) ?? 0) + c.count);
  return (
    [...page.domains].sort((a, b) => (counts.get(b.code) ?? 0) - (counts.get(a.code) ?? 0))[0]?.code ?? null
  );
}

/**
 * "How strong is the evidence?": municipality × domain with counts by direction, a page at a time —
 * filtered, ordered and paged by the API, header row and first column kept in view; a cell opens
 * beside itself; measured results are charted for a chosen set (this page's municipalities in one domain).
 */
export function Effectiveness() {
  const { t, lang } = useTexts();
  const { n } = useNationalTexts();
  usePageTitle(t.effectiveness);
  const [params, setParams] = useSearchParams();
  const municipalities = useMunicipalities();
  // As given = by name: the API keeps the order of the codes.
  const codes = [...municipalities.list]
    .sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'))
    .map((m) => m.code);
  const [pageNumber, setPage] = usePageParam('mp');
  const order = ORDERS.find((o) => o === params.get('mo')) ?? 'GIVEN';
  const orderDomain = order === 'GIVEN' ? null : params.get('md');
  const ascending = params.get('asc') === '1';
  const reportedOnly = params.get('rep') === '1';
  const level = params.get('lvl') ? Number(params.get('lvl')) : null;
  const matrix = useQuery(
    MatrixPageDocument,
    {
      municipalities: codes,
      reportedOnly,
      minEvidenceLevel: level,
      orderBy: order,
      orderDomain,
      ascending,
      offset: pageNumber * ROWS,
      limit: ROWS,
    },
    { skip: !codes.length },
  );
  const page = matrix.data?.outcomeMatrixPage;
  const model = effectivenessModel(page, t, lang);
  const rowsOf = page ? serverPage(page.offset, page.rows.length, page.totalCount, ROWS) : null;
  const open = params.get('cell');
  const [openCode, openDomain] = open?.split(':') ?? [];
  const openRow = model.rows.find((r) => r.code === openCode);
  const selected = openRow && openDomain ? { code: openCode as string, domain: openDomain } : null;
  // The opened cell's results with their passages, asked when it opens.
  const cellQuery = useQuery(
    MatrixCellDocument,
    { municipalities: selected ? [selected.code] : [], domains: selected ? [selected.domain] : [] },
    { skip: !selected },
  );
  const opened = cellQuery.data?.outcomeMatrix[0];
  // A few municipalities (the default comparison) are charted in every domain; a page of many in one:
  // the opened cell's, the chosen one, else the one with most results on the page.
  const pageCodes = model.rows.map((r) => r.code);
  const few = pageCodes.length <= FEW;
  const chartDomain = params.get('dom') ?? (selected ? selected.domain : few ? ALL : busiestDomain(page));
  const measuredQuery = useQuery(
    MeasuredResultsDocument,
    { municipalities: pageCodes, domains: chartDomain && chartDomain !== ALL ? [chartDomain] : null },
    { skip: !pageCodes.length || !chartDomain || (chartDomain === ALL && !few) },
  );
  const bars = measuredModel(measuredQuery.data?.outcomeMatrix ?? [], lang);
  const [barPage, setBarPage] = usePageParam('bp');
  const barsShown = pageOf(bars, barPage, BARS);
  const measuredChart = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLTableCellElement>(null);
  const openedKey = selected ? `${selected.code}:${selected.domain}` : null;
  useEffect(() => {
    if (openedKey) detail.current?.focus();
  }, [openedKey]);
  const update = (changes: Record<string, string | null>, replace = true) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace });
  };
  // Opening a cell is a step back can undo; filters and orders replace the address.
  const select = (key: string | null) => update({ cell: key }, false);
  // A filter or an order starts from the first page.
  const refilter = (changes: Record<string, string | null>) => update({ ...changes, mp: null, cell: null });
  const sortBy = (o: OutcomeMatrixOrder, domain: string | null) => {
    const same = order === o && (orderDomain ?? null) === domain;
    refilter({ mo: o === 'GIVEN' ? null : o, md: domain, asc: same && !ascending ? '1' : null });
  };
  const measuredTitle = lang === 'fi' ? 'Mitatut tulokset (%)' : 'Measured results (%)';
  const chartDomainName = page?.domains.find((d) => d.code === chartDomain);
  const measuredDesc =
    (lang === 'fi'
      ? 'Tulokset, joista lähde kertoo prosenttiluvun. Muut tulokset ovat matriisissa ilman lukua.'
      : 'Results for which the source gives a percentage. Other results are in the matrix without a figure.') +
    (rowsOf
      ? ` ${n.measuredSet(chartDomainName ? (lang === 'fi' ? chartDomainName.nameFi : chartDomainName.nameEn) : null, rowsOf.from, rowsOf.to)}`
      : '');
  const sortMark = (o: OutcomeMatrixOrder, domain: string | null) =>
    order === o && (orderDomain ?? null) === domain ? (ascending ? ' ▲' : ' ▼') : ' ↕';
  const ariaSort = (o: OutcomeMatrixOrder, domain: string | null) =>
    order === o && (orderDomain ?? null) === domain
      ? o === 'GIVEN' || ascending
        ? 'ascending'
        : 'descending'
      : undefined;

  return (
    <section aria-labelledby="effectiveness-title">
      <h2 id="effectiveness-title">{t.effectiveness}</h2>
      <p>{t.matrixDesc}</p>
      <form className="filters no-print" onSubmit={(e) => e.preventDefault()}>
        <label>
          <input
            type="checkbox"
            data-testid="reported-only"
            checked={reportedOnly}
            onChange={(e) => refilter({ rep: e.target.checked ? '1' : null })}
          />{' '}
          {n.reportedOnly}
        </label>
        <label>
          {n.minLevel}{' '}
          <select
            data-testid="min-level"
            value={level ?? ''}
            onChange={(e) => refilter({ lvl: e.target.value || null })}
          >
            <option value="">{n.anyLevel}</option>
            {EVIDENCE_SCALE.map(({ level: l }) => (
              <option key={l} value={l}>
                {evidenceLabel(l, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {n.orderBy}{' '}
          <select
            data-testid="matrix-order"
            value={orderDomain ? '' : order}
            onChange={(e) => e.target.value && sortBy(e.target.value as OutcomeMatrixOrder, null)}
          >
            {orderDomain && <option value="">{n.byDomain}</option>}
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {n.orders[o]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <Status
        loading={municipalities.loading || matrix.loading}
        error={municipalities.error ?? (codes.length ? matrix.error : null)}
      />
      {page && rowsOf && <Pager of={rowsOf} label={n.matrixRows} onPage={setPage} testId="matrix-count" />}
      {page && page.rows.length > 0 && (
        <div className="matrix-wrap" data-testid="matrix-wrap">
          <table className="matrix" data-testid="matrix">
            <caption>
              {t.matrixTitle}
              <small className="hint">{t.matrixEmpty}</small>
            </caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort('GIVEN', null)}>
                  <button type="button" className="sort" onClick={() => sortBy('GIVEN', null)}>
                    {t.municipality}
                    <span aria-hidden="true">{order === 'GIVEN' ? ' ▲' : ' ↕'}</span>
                  </button>
                </th>
                {model.domains.map((d) => (
                  <th scope="col" key={d.code} aria-sort={ariaSort('RESULTS', d.code)}>
                    <button
                      type="button"
                      className="sort"
                      data-testid={`sort-domain-${d.code}`}
                      onClick={() => sortBy('RESULTS', d.code)}
                    >
                      {d.name}
                      <span aria-hidden="true">{sortMark('RESULTS', d.code)}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <Fragment key={row.code}>
                  <tr>
                    <th scope="row">{row.name}</th>
                    {row.cells.map((cell) =>
                      cell.empty ? (
                        <td key={cell.key} className="cell empty">
                          <NoData reason={null} />
                        </td>
                      ) : (
                        <td key={cell.key} className={`cell level-${cell.level} dir-${cell.direction}`}>
                          <button
                            type="button"
                            data-testid={`cell-${cell.key}`}
                            aria-expanded={open === cell.key}
                            aria-controls={open === cell.key ? 'cell-detail' : undefined}
                            onClick={() => select(open === cell.key ? null : cell.key)}
                          >
                            <span aria-hidden="true" className="counts">
                              {cell.counts}
                            </span>
                            <span className="visually-hidden">{cell.countsText}</span>
                            <small>
                              {t.evidenceScale.toLowerCase()} {cell.evidence}
                            </small>
                          </button>
                        </td>
                      ),
                    )}
                  </tr>
                  {selected && selected.code === row.code && (
                    <tr className="cell-detail-row">
                      <td
                        colSpan={model.domains.length + 1}
                        id="cell-detail"
                        tabIndex={-1}
                        ref={detail}
                        data-testid="cell-detail"
                        className="detail"
                      >
                        <div className="detail-inner">
                          <h3>
                            {row.name}:{' '}
                            {model.domains.find((d) => d.code === selected.domain)?.name ?? selected.domain}
                          </h3>
                          <Status loading={cellQuery.loading} error={cellQuery.error} />
                          <ul>
                            {(opened?.outcomes ?? []).map((o) => {
                              const words = outcomeText(o, lang);
                              return (
                                <li key={o.id}>
                                  <p>
                                    <strong>{(t.directions as Record<string, string>)[o.direction]}</strong>
                                    {o.value != null && o.unit
                                      ? ` · ${formatValue(o.value, o.unit === '%' ? 'PERCENT' : 'COUNT', lang)}`
                                      : ''}{' '}
                                    · {t.evidenceScale.toLowerCase()} {evidenceLabel(o.evidenceLevel, t)}
                                    {o.measuredAt
                                      ? ` · ${t.measured} ${formatAt(o.measuredAt, o.measuredPrecision, lang)}`
                                      : o.reportedAt
                                        ? ` · ${t.reportedNotMeasured(formatAt(o.reportedAt, 'DAY', lang))}`
                                        : ''}
                                  </p>
                                  {!words.verbatim && <p lang={words.lang}>{words.text}</p>}
                                  <Citations items={o.citations} />
                                </li>
                              );
                            })}
                          </ul>
                          <button type="button" onClick={() => select(null)}>
                            {lang === 'fi' ? 'Sulje' : 'Close'}
                          </button>
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && <EvidenceScale />}
      {page && page.domains.length > 0 && (
        <label className="no-print">
          {n.measuredDomain}{' '}
          <select
            data-testid="measured-domain"
            value={chartDomain ?? ''}
            onChange={(e) => update({ dom: e.target.value || null, bp: null })}
          >
            <option value={ALL} disabled={!few}>
              {n.allDomains(FEW)}
            </option>
            {model.domains.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {measuredQuery.data && bars.length === 0 && <p data-testid="measured-none">{n.noMeasured}</p>}
      {bars.length > 0 && (
        <>
          <Pager of={barsShown} label={n.measuredCount} onPage={setBarPage} testId="measured-count" />
          <div ref={measuredChart} className="chart-box">
            <Suspense fallback={null}>
              <LazyMeasuredOutcomes
                data={barsShown.items}
                unit="%"
                format={(v) => formatValue(v, 'PERCENT', lang)}
                title={measuredTitle}
                description={measuredDesc}
              />
            </Suspense>
          </div>
          <ChartExport
            chart={measuredChart}
            name="vertailu-mitatut-tulokset"
            title={measuredTitle}
            subtitle={measuredDesc}
            onCsv={() =>
              downloadCsv(
                'vertailu-mitatut-tulokset.csv',
                toCsv(
                  [t.result, '%', t.description],
                  bars.map((m) => [m.label, m.value, m.text]),
                ),
              )
            }
          />
          <details className="chart-table">
            <summary>{t.chartAsTable}</summary>
            <table className="data-table" data-testid="measured-table">
              <thead>
                <tr>
                  <th scope="col">{t.result}</th>
                  <th scope="col">%</th>
                  <th scope="col">{t.description}</th>
                </tr>
              </thead>
              <tbody>
                {barsShown.items.map((m) => (
                  <tr key={m.label}>
                    <th scope="row">{m.label}</th>
                    <td>{formatValue(m.value, 'PERCENT', lang)}</td>
                    <td>{m.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
