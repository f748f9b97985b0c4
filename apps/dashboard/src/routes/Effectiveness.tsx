import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { MeasuredOutcomes } from '../charts/MeasuredOutcomes';
import { ChartExport } from '../components/ChartExport';
import { NoData, Status } from '../components/Status';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { MatrixDocument } from '../graphql/generated';
import { useMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';

const DIRECTION_MARK: Record<string, string> = {
  IMPROVED: '▲',
  WORSENED: '▼',
  MIXED: '▲▼',
  UNCHANGED: '■',
  UNKNOWN: '?',
};

/** The outcome matrix: direction and evidence per municipality and domain; a cell opens its outcomes. */
export function Effectiveness() {
  const { t, lang } = useTexts();
  const [params, setParams] = useSearchParams();
  const municipalities = useMunicipalities();
  const codes = municipalities.data?.municipalities.edges.map((e) => e.node.code) ?? [];
  const matrix = useQuery(MatrixDocument, { municipalities: codes }, { skip: !codes.length });
  const cells = matrix.data?.outcomeMatrix ?? [];
  const domains = [...new Map(cells.map((c) => [c.domain.code, c.domain])).values()];
  const open = params.get('cell');
  const selected = cells.find((c) => `${c.municipality.code}:${c.domain.code}` === open);
  const measuredChart = useRef<HTMLDivElement>(null);
  const measured = cells.flatMap((c) =>
    c.outcomes
      .filter((o) => o.value != null && o.unit === '%')
      .map((o) => ({
        label: `${c.municipality.nameFi}: ${lang === 'fi' ? c.domain.nameFi : c.domain.nameEn}`,
        value: o.value as number,
        summary: o.summaryEn,
      })),
  );
  const select = (key: string | null) => {
    const next = new URLSearchParams(params);
    if (key) next.set('cell', key);
    else next.delete('cell');
    setParams(next);
  };

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
            <caption>{t.matrixTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipality}</th>
                {domains.map((d) => (
                  <th scope="col" key={d.code}>
                    {lang === 'fi' ? d.nameFi : d.nameEn}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code}>
                  <th scope="row">{cells.find((c) => c.municipality.code === code)?.municipality.nameFi}</th>
                  {domains.map((d) => {
                    const cell = cells.find((c) => c.municipality.code === code && c.domain.code === d.code);
                    const key = `${code}:${d.code}`;
                    if (!cell || cell.count === 0) {
                      return (
                        <td key={key} className="cell empty">
                          <NoData reason={cell?.missingReason ?? 'NOT_REPORTED'} />
                        </td>
                      );
                    }
                    return (
                      <td key={key} className={`cell level-${cell.evidenceLevel} dir-${cell.direction}`}>
                        <button
                          type="button"
                          data-testid={`cell-${key}`}
                          aria-pressed={open === key}
                          onClick={() => select(open === key ? null : key)}
                        >
                          <span aria-hidden="true">{DIRECTION_MARK[cell.direction ?? 'UNKNOWN']}</span>{' '}
                          {(t.directions as Record<string, string>)[cell.direction ?? 'UNKNOWN']}
                          <br />
                          <small>
                            {(t.evidence as Record<string, string>)[cell.evidenceType ?? 'NOT_YET_MEASURED']}{' '}
                            · {cell.count}
                          </small>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {measured.length > 0 && (
        <>
          <div ref={measuredChart}>
            <MeasuredOutcomes
              data={measured}
              unit="%"
              format={(v) => formatValue(v, 'PERCENT', lang)}
              title={lang === 'fi' ? 'Mitatut tulokset (%)' : 'Measured results (%)'}
              description={
                lang === 'fi'
                  ? 'Tulokset, joista lähde kertoo prosenttiluvun. Muut tulokset ovat matriisissa ilman lukua.'
                  : 'Results for which the source gives a percentage. Other results are in the matrix without a figure.'
              }
            />
          </div>
          <ChartExport
            chart={measuredChart}
            name="vertailu-mitatut-tulokset"
            onCsv={() =>
              downloadCsv(
                'vertailu-mitatut-tulokset.csv',
                toCsv(
                  ['Tulos', '%', 'Kuvaus'],
                  measured.map((m) => [m.label, m.value, m.summary]),
                ),
              )
            }
          />
        </>
      )}
      {selected && (
        <aside className="detail" aria-live="polite" data-testid="cell-detail">
          <h3>
            {selected.municipality.nameFi}: {lang === 'fi' ? selected.domain.nameFi : selected.domain.nameEn}
          </h3>
          <ul>
            {selected.outcomes.map((o) => (
              <li key={o.id}>
                <p>
                  <strong>{(t.directions as Record<string, string>)[o.direction]}</strong>
                  {o.value != null && o.unit
                    ? ` · ${formatValue(o.value, o.unit === '%' ? 'PERCENT' : 'COUNT', lang)}`
                    : ''}{' '}
                  · {(t.evidence as Record<string, string>)[o.evidenceType]}
                </p>
                <p>{o.summaryEn}</p>
                {o.citations.map((c) => (
                  <blockquote key={c.quote} lang="fi">
                    “{c.quote}” <cite>— {c.source.title}</cite>
                  </blockquote>
                ))}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </section>
  );
}
