import { Fragment, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { MeasuredOutcomes } from '../charts/MeasuredOutcomes';
import { ChartExport } from '../components/ChartExport';
import { EvidenceScale } from '../components/EvidenceScale';
import { NoData, Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { MatrixCellDocument, MatrixDocument } from '../graphql/generated';
import { useMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { formatAt } from '../view/dates';
import { effectivenessModel } from '../view/effectiveness';
import { evidenceLabel } from '../view/figures';
import { outcomeText } from '../view/outcomes';
import { Citations } from './Detail';

/** "How strong is the evidence?": municipality × domain with counts by direction; a cell opens beside itself. */
export function Effectiveness() {
  const { t, lang } = useTexts();
  usePageTitle(t.effectiveness);
  const [params, setParams] = useSearchParams();
  const municipalities = useMunicipalities();
  const list = municipalities.data?.municipalities.edges.map((e) => e.node) ?? [];
  const codes = list.map((m) => m.code);
  const matrix = useQuery(MatrixDocument, { municipalities: codes }, { skip: !codes.length });
  const cells = matrix.data?.outcomeMatrix ?? [];
  const model = effectivenessModel(list, cells, t, lang);
  const open = params.get('cell');
  const selected = cells.find((c) => `${c.municipality.code}:${c.domain.code}` === open);
  // The opened cell's results with their passages, asked when it opens.
  const cellQuery = useQuery(
    MatrixCellDocument,
    { municipalities: selected ? [selected.municipality.code] : [] },
    { skip: !selected },
  );
  const cited = new Map(
    (cellQuery.data?.outcomeMatrix.find((c) => c.domain.code === selected?.domain.code)?.outcomes ?? []).map(
      (o) => [o.id, o],
    ),
  );
  const measuredChart = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    if (selected) detail.current?.focus();
  }, [selected]);
  const select = (key: string | null) => {
    const next = new URLSearchParams(params);
    if (key) next.set('cell', key);
    else next.delete('cell');
    setParams(next);
  };
  const measuredTitle = lang === 'fi' ? 'Mitatut tulokset (%)' : 'Measured results (%)';
  const measuredDesc =
    lang === 'fi'
      ? 'Tulokset, joista lähde kertoo prosenttiluvun. Muut tulokset ovat matriisissa ilman lukua.'
      : 'Results for which the source gives a percentage. Other results are in the matrix without a figure.';

  return (
    <section aria-labelledby="effectiveness-title">
      <h2 id="effectiveness-title">{t.effectiveness}</h2>
      <p>{t.matrixDesc}</p>
      <Status
        loading={municipalities.loading || matrix.loading}
        error={municipalities.error ?? (codes.length ? matrix.error : null)}
      />
      {matrix.data && codes.length > 0 && (
        <div className="matrix-wrap">
          <table className="matrix" data-testid="matrix">
            <caption>
              {t.matrixTitle}
              <small className="hint">{t.matrixEmpty}</small>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.municipality}</th>
                {model.domains.map((d) => (
                  <th scope="col" key={d.code}>
                    {d.name}
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
                            <br />
                            <small>
                              {t.evidenceScale.toLowerCase()} {cell.evidence}
                            </small>
                          </button>
                        </td>
                      ),
                    )}
                  </tr>
                  {selected && selected.municipality.code === row.code && (
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
                            {selected.municipality.nameFi}:{' '}
                            {lang === 'fi' ? selected.domain.nameFi : selected.domain.nameEn}
                          </h3>
                          <ul>
                            {selected.outcomes.map((brief) => {
                              const full = cited.get(brief.id);
                              const o = full ?? brief;
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
                                  {full ? (
                                    <Citations items={full.citations} />
                                  ) : (
                                    <Status loading={cellQuery.loading} error={cellQuery.error} />
                                  )}
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
      {matrix.data && <EvidenceScale />}
      {model.measured.length > 0 && (
        <>
          <div ref={measuredChart} className="chart-box">
            <MeasuredOutcomes
              data={model.measured}
              unit="%"
              format={(v) => formatValue(v, 'PERCENT', lang)}
              title={measuredTitle}
              description={measuredDesc}
            />
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
                  model.measured.map((m) => [m.label, m.value, m.text]),
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
                {model.measured.map((m) => (
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
