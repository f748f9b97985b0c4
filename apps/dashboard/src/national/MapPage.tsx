import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import topologyJson from '../../../../packages/data/context/finland-municipalities-2021.topo.json';
import { Status } from '../components/Status';
import { formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { MapIndicatorsDocument, NationalValuesDocument } from '../graphql/generated';
import { DotStrip } from './DotStrip';
import { mapAreas, type Topology, VIEW } from './geo';
import { useComparisonCodes, useRegister } from './MunicipalityPicker';
import { CLASS_COLOURS, classBreaks, classOf, groupMedians, rankOf } from './model';
import { organiserLabel, useNationalTexts } from './texts';

interface MuniProps {
  id: string;
  name_fi: string;
  name_sv: string;
  hva_id: string;
}
interface HvaProps {
  hva_id: string;
  name_fi: string | null;
}

// Projected once per page load: 309 municipalities and 22 county shapes.
const AREAS = mapAreas(topologyJson as unknown as Topology<MuniProps, HvaProps>);
const PAGE = 50;

/**
 * A choropleth of every municipality (or county) for any indicator, from the register's boundaries:
 * quantile classes, "no data" hatched and apart from zero, every area reachable by keyboard (Tab, Enter
 * opens it), a distribution strip with the chosen municipalities highlighted, and the same figures as a
 * sortable, paged table with ranks and county medians.
 */
export function MapPage() {
  const { n, lang } = useNationalTexts();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const indicator = params.get('indicator') ?? 'POPULATION';
  const level = params.get('level') === 'county' ? 'county' : 'municipality';
  const register = useRegister();
  const indicators = useQuery(MapIndicatorsDocument, {});
  const codes = register.data?.municipalityRegister.map((m) => m.code) ?? [];
  const values = useQuery(
    NationalValuesDocument,
    { municipalities: codes, indicator },
    { skip: !codes.length },
  );
  const chosen = new Set(useComparisonCodes().shown);
  const comparison = values.data?.compareMunicipalities[0];
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const model = useMemo(() => {
    const rows = comparison?.rows ?? [];
    const byCode = new Map(rows.map((r) => [r.municipality.code, r]));
    const municipalities = register.data?.municipalityRegister ?? [];
    const info = new Map(municipalities.map((m) => [m.code, m]));
    const organiserOf = (code: string) => info.get(code)?.serviceOrganiser.code ?? '';
    const medians = groupMedians(
      municipalities,
      (m) => m.serviceOrganiser.code,
      (m) => byCode.get(m.code)?.value,
    );
    const known = rows.flatMap((r) => (r.value == null ? [] : [r.value]));
    const countyValues = [...medians.values()].flatMap((v) => (v == null ? [] : [v]));
    const breaks = classBreaks(level === 'county' ? countyValues : known);
    return { byCode, info, organiserOf, medians, known, breaks, ranked: known.length };
  }, [comparison, register.data, level]);

  const unit = comparison?.indicator.unit ?? 'COUNT';
  const show = (v: number | null | undefined) => (v == null ? n.noData : formatValue(v, unit, lang));
  const fill = (v: number | null | undefined) => {
    const c = classOf(v, model.breaks);
    return c == null ? 'url(#no-data)' : CLASS_COLOURS[c + (CLASS_COLOURS.length - model.breaks.length)];
  };
  const noDataCount = codes.length - model.known.length;
  const indicatorName = (i: { nameFi: string; nameEn: string }) => (lang === 'fi' ? i.nameFi : i.nameEn);

  return (
    <section aria-labelledby="map-title" className="map-page">
      <h2 id="map-title">{n.mapTitle}</h2>
      <div className="filters">
        <label>
          {n.indicator}{' '}
          <select
            data-testid="map-indicator"
            value={indicator}
            onChange={(e) => set('indicator', e.target.value)}
          >
            {(indicators.data?.indicators ?? []).map((i) => (
              <option key={i.code} value={i.code}>
                {indicatorName(i)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="inline">
          <legend>{n.level}</legend>
          {(['municipality', 'county'] as const).map((l) => (
            <label key={l}>
              <input
                type="radio"
                name="level"
                checked={level === l}
                onChange={() => set('level', l === 'county' ? 'county' : null)}
              />{' '}
              {l === 'county' ? n.counties : n.municipalities}
            </label>
          ))}
        </fieldset>
      </div>
      <Status loading={register.loading || values.loading} error={register.error ?? values.error} />
      {comparison && (
        <div className="map-layout">
          <figure className="map-figure">
            <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} data-testid="map">
              <title>{`${n.mapTitle}: ${indicatorName(comparison.indicator)}`}</title>
              <defs>
                <pattern
                  id="no-data"
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill="#fff" />
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" strokeWidth="2" />
                </pattern>
              </defs>
              {level === 'municipality'
                ? AREAS.municipalities.map(({ properties: p, d }) => {
                    const row = model.byCode.get(p.id);
                    const rank = rankOf(row?.rank, model.ranked);
                    return (
                      // biome-ignore lint/a11y/useSemanticElements: an SVG area cannot be a <button>; it acts as a link.
                      <path
                        key={p.id}
                        d={d}
                        fill={fill(row?.value)}
                        className={chosen.has(p.id) ? 'area chosen' : 'area'}
                        data-code={p.id}
                        role="link"
                        tabIndex={0}
                        aria-label={`${p.name_fi}: ${show(row?.value)}${rank ? `, ${n.rank} ${rank}` : ''}`}
                        onClick={() => navigate(`/municipality/${p.id}?${params}`)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            navigate(`/municipality/${p.id}?${params}`);
                          }
                        }}
                      >
                        <title>{`${p.name_fi}: ${show(row?.value)}`}</title>
                      </path>
                    );
                  })
                : AREAS.counties.map(({ properties: p, d }) => {
                    // The register's one shape without a county is Helsinki and Åland together: each is drawn
                    // from its municipalities below, as what it is.
                    if (!p.hva_id) return null;
                    const value = model.medians.get(p.hva_id);
                    return (
                      // biome-ignore lint/a11y/useSemanticElements: an SVG area cannot be a <button>.
                      <path
                        key={p.hva_id}
                        d={d}
                        fill={fill(value)}
                        className="area"
                        data-code={p.hva_id}
                        role="button"
                        tabIndex={0}
                        aria-label={`${p.name_fi}: ${show(value)} (${n.countyValue})`}
                        onClick={() => set('county', p.name_fi)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            set('county', p.name_fi);
                          }
                        }}
                      >
                        <title>{`${p.name_fi}: ${show(value)}`}</title>
                      </path>
                    );
                  })}
              {level === 'county' &&
                AREAS.municipalities
                  .filter(({ properties: p }) => !p.hva_id)
                  .map(({ properties: p, d }) => (
                    <path
                      key={p.id}
                      d={d}
                      fill={fill(model.medians.get(model.organiserOf(p.id)))}
                      className="area"
                    />
                  ))}
            </svg>
            <figcaption>
              <Legend breaks={model.breaks} noData={noDataCount} show={show} />
              <p className="attribution" data-testid="attribution">
                {n.attribution}
              </p>
            </figcaption>
          </figure>
          <div className="map-side">
            <DotStrip
              values={comparison.rows.map((r) => ({ code: r.municipality.code, value: r.value }))}
              chosen={chosen}
              nameOf={(code) => model.info.get(code)?.nameFi ?? code}
              show={show}
            />
            <RankTable model={model} rows={comparison.rows} chosen={chosen} show={show} />
          </div>
        </div>
      )}
    </section>
  );
}

function Legend({
  breaks,
  noData,
  show,
}: {
  breaks: number[];
  noData: number;
  show: (v: number | null | undefined) => string;
}) {
  const { n } = useNationalTexts();
  const offset = CLASS_COLOURS.length - breaks.length;
  return (
    <ul className="legend" aria-label={n.legend} data-testid="legend">
      {breaks.map((upper, i) => (
        <li key={upper}>
          <span className="swatch" style={{ background: CLASS_COLOURS[i + offset] }} />
          {i === 0 ? `≤ ${show(upper)}` : `${show(breaks[i - 1])} – ${show(upper)}`}
        </li>
      ))}
      <li data-testid="legend-no-data">
        <svg width="16" height="16" aria-hidden="true" className="swatch">
          <rect width="16" height="16" fill="url(#no-data)" stroke="#8a8a8a" />
        </svg>
        {n.noData} ({noData})
      </li>
    </ul>
  );
}

type Row = {
  municipality: { code: string };
  value: number | null;
  rank: number | null;
  missingReason: string | null;
};
type Info = Map<
  string,
  {
    nameFi: string;
    hasDevelopmentWork: boolean;
    serviceOrganiser: { code: string; kind: string; shortNameFi: string; shortNameSv: string };
  }
>;

type SortKey = 'name' | 'value' | 'county';

/** The map as a table: sortable, paged ("1–50 / 309"), rank among all and the county's median beside each value. */
function RankTable({
  model,
  rows,
  chosen,
  show,
}: {
  model: {
    info: Info;
    medians: Map<string, number | null>;
    ranked: number;
    organiserOf: (c: string) => string;
  };
  rows: Row[];
  chosen: Set<string>;
  show: (v: number | null | undefined) => string;
}) {
  const { n } = useNationalTexts();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'value', desc: true });
  const [page, setPage] = useState(0);
  const name = (code: string) => model.info.get(code)?.nameFi ?? code;
  const organiser = (code: string) => {
    const o = model.info.get(code)?.serviceOrganiser;
    return o ? organiserLabel(o, n) : '';
  };
  const sorted = [...rows].sort((a, b) => {
    const dir = sort.desc ? -1 : 1;
    if (sort.key === 'value') {
      // Unknown values last in either direction: they are not small.
      if (a.value == null || b.value == null) return (a.value == null ? 1 : 0) - (b.value == null ? 1 : 0);
      return dir * (a.value - b.value);
    }
    const ka = sort.key === 'name' ? name(a.municipality.code) : organiser(a.municipality.code);
    const kb = sort.key === 'name' ? name(b.municipality.code) : organiser(b.municipality.code);
    return dir * ka.localeCompare(kb, 'fi');
  });
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = sorted.slice(current * PAGE, current * PAGE + PAGE);
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'value' })}
      >
        {label}
      </button>
    </th>
  );
  return (
    <details className="rank-table" data-testid="map-table">
      <summary>{n.asTable}</summary>
      <table>
        <thead>
          <tr>
            {header('name', n.name)}
            {header('county', n.county)}
            {header('value', n.value)}
            <th>{n.rank}</th>
            <th>{n.countyMedian}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.municipality.code} className={chosen.has(r.municipality.code) ? 'chosen' : undefined}>
              <td>
                <Link to={`/municipality/${r.municipality.code}`}>{name(r.municipality.code)}</Link>
              </td>
              <td>{organiser(r.municipality.code)}</td>
              <td data-testid={`map-value-${r.municipality.code}`}>{show(r.value)}</td>
              <td data-testid={`map-rank-${r.municipality.code}`}>{rankOf(r.rank, model.ranked) ?? '–'}</td>
              <td>{show(model.medians.get(model.organiserOf(r.municipality.code)))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pager">
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {n.previous}
        </button>{' '}
        <span data-testid="map-table-count">
          {n.shownOf(current * PAGE + 1, current * PAGE + shown.length, sorted.length)}
        </span>{' '}
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          {n.next}
        </button>
      </p>
    </details>
  );
}
