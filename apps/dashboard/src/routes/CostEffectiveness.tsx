import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { CostEffectScatter } from '../charts/CostEffectScatter';
import { ChartExport } from '../components/ChartExport';
import { EvidenceScale } from '../components/EvidenceScale';
import { FigureView } from '../components/Figure';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { downloadCsv, toCsv } from '../csv';
import { formatValue } from '../format';
import { useAllMunicipalitiesCompared, useCostRoles } from '../graphql/comparison';
import { useTexts } from '../i18n';
import { CE_INDICATORS, CE_SORTS, type CeSort, costEffectivenessModel } from '../view/costEffectiveness';

/** "Which municipality got most per euro?": a sortable table and net own cost against evidence. */
export function CostEffectiveness({ embedded = false }: { embedded?: boolean }) {
  const { t, lang } = useTexts();
  const chart = useRef<HTMLDivElement>(null);
  const [params, setParams] = useSearchParams();
  const sortKey = (CE_SORTS.find((s) => s === params.get('sort')) ?? 'name') as CeSort;
  const descending = params.get('dir') === 'desc';
  const { municipalities, codes, compare: q } = useAllMunicipalitiesCompared(CE_INDICATORS);
  const list = municipalities.data?.municipalities.edges.map((e) => e.node) ?? [];
  const roles = useCostRoles(codes);
  const model = costEffectivenessModel(list, q.data?.compareMunicipalities, roles.data?.costRoles, t, lang, {
    key: sortKey,
    descending,
  });
  const sortBy = (key: CeSort) => {
    const next = new URLSearchParams(params);
    next.set('sort', key);
    if (key === sortKey && !descending) next.set('dir', 'desc');
    else next.delete('dir');
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
  const Heading = embedded ? 'h3' : 'h2';
  return (
    <section aria-labelledby="ce-title">
      <PageTitle show={!embedded} title={t.costEffectiveness} />
      <Heading id="ce-title">{t.costEffectiveness}</Heading>
      <Status
        loading={municipalities.loading || q.loading || roles.loading}
        error={municipalities.error ?? (codes.length ? (q.error ?? roles.error) : null)}
      />
      {q.data && roles.data && codes.length > 0 && (
        <>
          <table className="data-table" data-testid="ce-table">
            <caption>
              {lang === 'fi'
                ? 'Mitä saatiin euroa kohden? Järjestä sarakkeen otsikosta.'
                : 'What did each euro buy? Sort by a column heading.'}
            </caption>
            <thead>
              <tr>
                {columns.map((c) => (
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
                      <span aria-hidden="true">{sortKey === c.key ? (descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => (
                <tr key={r.code} data-testid={`ce-row-${r.code}`}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <FigureView f={r.net} testId={`ce-net-${r.code}`} />
                  </td>
                  <td>
                    <FigureView f={r.external} testId={`ce-external-${r.code}`} />
                  </td>
                  <td>
                    <FigureView f={r.gross} testId={`ce-gross-${r.code}`} />
                  </td>
                  <td>
                    <FigureView f={r.improved} testId={`ce-improved-${r.code}`} />
                  </td>
                  <td>
                    <FigureView f={r.worsened} testId={`ce-worsened-${r.code}`} />
                  </td>
                  <td>
                    <FigureView f={r.evidence} testId={`ce-evidence-${r.code}`} />
                  </td>
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
            <CostEffectScatter
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
