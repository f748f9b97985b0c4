import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { adoptionTexts } from '../adoption.i18n';
import { downloadCsv, toCsv } from '../csv';
import { useQuery } from '../graphql/client';
import { AdoptionEstimateDocument, MunicipalitySearchDocument } from '../graphql/generated';
import { useTexts } from '../i18n';
import { downloadSummaryPng, type SummaryLine } from './adoption.export';
import { type AdoptionView, adoptionView, assumptionsFromParams, assumptionsInput } from './adoption.view';
import { Status } from './Status';
import './adoption.css';

/** The user's last chosen municipality, used when the URL names none. */
const LAST_TARGET = 'vertailu.adoptionTarget';

function lastTarget(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_TARGET) ?? null;
  } catch {
    return null;
  }
}

/** The lines of the summary: the figure on the page and the PNG export show the same. */
function summaryLines(view: AdoptionView, lang: 'fi' | 'en'): SummaryLine[] {
  const t = adoptionTexts(lang);
  return [
    {
      label: `${t.development} (${t.estimate.toLowerCase()})`,
      value: view.development ?? t.cannot,
      warn: !view.development,
      bold: true,
    },
    {
      label: `${t.running} (${t.estimate.toLowerCase()})`,
      value: view.running ?? t.cannot,
      warn: !view.running,
      bold: true,
    },
    ...view.assumptions.map((a) => ({
      label: a.label,
      value: `${a.value}${a.isDefault ? ` (${t.default})` : ''}`,
      warn: false,
      bold: false,
    })),
  ];
}

/** The result as a picture, with the assumptions written in. */
function Summary({ view, title }: { view: AdoptionView; title: string }) {
  const { lang } = useTexts();
  const t = adoptionTexts(lang);
  const lines = summaryLines(view, lang);
  const height = 64 + lines.length * 24;
  return (
    <svg
      role="img"
      aria-label={`${title}: ${view.development ?? t.cannot}`}
      width="720"
      height={height}
      viewBox={`0 0 720 ${height}`}
      data-testid="adoption-figure"
    >
      <rect x="0" y="0" width="720" height={height} fill="#fff" stroke="#c9cdcf" />
      <text x="16" y="28" fontSize="18" fontWeight="700" fill="#003479" fontFamily="sans-serif">
        {`${title} ${view.home} → ${view.target}`}
      </text>
      <text x="16" y="50" fontSize="13" fill="#4f4f4f" fontFamily="sans-serif">
        {t.estimateNote.split(':')[0]}
      </text>
      {lines.map((l, i) => (
        <text
          key={l.label}
          x="16"
          y={78 + i * 24}
          fontSize="14"
          fontFamily="sans-serif"
          fill={l.warn ? '#8a1f11' : '#212121'}
        >
          <tspan fontWeight={l.bold ? 700 : 400}>{l.label}: </tspan>
          {l.value}
        </text>
      ))}
    </svg>
  );
}

function MunicipalityPicker({ onChoose }: { onChoose: (code: string) => void }) {
  const { lang } = useTexts();
  const t = adoptionTexts(lang);
  const [search, setSearch] = useState('');
  const q = useQuery(
    MunicipalitySearchDocument,
    { search: search.trim() },
    { skip: search.trim().length < 2 },
  );
  const found = search.trim().length >= 2 ? (q.data?.municipalities.edges ?? []) : [];
  return (
    <div>
      <label>
        {t.target}{' '}
        <input
          type="search"
          data-testid="adoption-search"
          value={search}
          placeholder={t.searchPlaceholder}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
      <ul className="municipality-results" aria-live="polite">
        {found.map(({ node }) => (
          <li key={node.code}>
            <button
              type="button"
              data-testid={`adoption-target-${node.code}`}
              onClick={() => {
                onChoose(node.code);
                setSearch('');
              }}
            >
              {node.nameFi}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "What would adopting this cost us?": the target municipality (kept in the URL, defaulting to the
 * last choice), the assumptions as controls, the estimated range apart from the reported figures,
 * every step with its passages, what is missing, and CSV/PNG export with the assumptions written in.
 */
export function AdoptionEstimate({ practiceId }: { practiceId: string }) {
  const { lang } = useTexts();
  const t = adoptionTexts(lang);
  const [params, setParams] = useSearchParams();
  const target = params.get('target');

  useEffect(() => {
    const last = lastTarget();
    if (!target && last) {
      const next = new URLSearchParams(params);
      next.set('target', last);
      setParams(next, { replace: true });
    }
  }, [target, params, setParams]);

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const choose = (code: string) => {
    try {
      globalThis.localStorage?.setItem(LAST_TARGET, code);
    } catch {
      // Private mode: the URL still keeps the choice.
    }
    set({ target: code });
  };

  const a = assumptionsFromParams(params);
  const q = useQuery(
    AdoptionEstimateDocument,
    { practice: practiceId, municipality: target ?? '', assumptions: assumptionsInput(a) },
    { skip: !target },
  );
  const e = q.data?.adoptionEstimate;
  const view = e ? adoptionView(e, lang) : null;
  const baseOptions = e?.assumptions.find((x) => x.code === 'POPULATION_BASE')?.options ?? [];

  const onSubmit = (ev: React.FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const f = new FormData(ev.currentTarget);
    const num = (k: string) => String(f.get(k) ?? '').trim();
    set({
      share:
        f.get('shareMethod') === 'USER_SET' && num('shareLow')
          ? `${num('shareLow')}-${num('shareHigh') || num('shareLow')}`
          : null,
      fixed: num('fixedLow') && num('fixedHigh') ? `${num('fixedLow')}-${num('fixedHigh')}` : null,
      base: num('base') || null,
    });
  };

  return (
    <section className="adoption" aria-labelledby="adoption-title" data-testid="adoption">
      <h3 id="adoption-title">{t.title}</h3>
      <MunicipalityPicker onChoose={choose} />
      {!target && <p>{t.chooseTarget}</p>}
      {target && !view && <Status loading={q.loading} error={q.error} />}
      {view && e && (
        <>
          <p className="estimate-label">{t.estimateNote}</p>
          <figure>
            <Summary view={view} title={t.title} />
          </figure>
          <p className="chart-export">
            <button
              type="button"
              data-testid="adoption-csv"
              onClick={() =>
                downloadCsv(`adoption-${e.municipality.code}.csv`, toCsv(view.csv.header, view.csv.rows))
              }
            >
              {lang === 'fi' ? 'Lataa CSV' : 'Download CSV'}
            </button>{' '}
            <button
              type="button"
              data-testid="adoption-png"
              onClick={() =>
                downloadSummaryPng(
                  `${t.title} ${view.home} → ${view.target}`,
                  t.estimateNote.split(':')[0] ?? '',
                  summaryLines(view, lang),
                  `adoption-${e.municipality.code}.png`,
                )
              }
            >
              {lang === 'fi' ? 'Lataa PNG' : 'Download PNG'}
            </button>
          </p>
          <form onSubmit={onSubmit} key={params.toString()}>
            <h4>{t.assumptions}</h4>
            {e.assumptions.some((x) => x.code === 'PARENT_SHARE') && (
              <fieldset>
                <legend>{t.parentShare}</legend>
                <label>
                  <input type="radio" name="shareMethod" value="EQUAL_SPLIT" defaultChecked={!a.share} />{' '}
                  {t.equalSplit}
                </label>{' '}
                <label>
                  <input type="radio" name="shareMethod" value="USER_SET" defaultChecked={!!a.share} />{' '}
                  {t.userSet}
                </label>{' '}
                <label>
                  {t.low}{' '}
                  <input
                    type="number"
                    name="shareLow"
                    min="0.01"
                    max="100"
                    step="0.01"
                    defaultValue={a.share?.[0]}
                  />
                </label>{' '}
                <label>
                  {t.high}{' '}
                  <input
                    type="number"
                    name="shareHigh"
                    min="0.01"
                    max="100"
                    step="0.01"
                    defaultValue={a.share?.[1]}
                  />
                </label>
              </fieldset>
            )}
            <fieldset>
              <legend>{t.base}</legend>
              <select name="base" aria-label={t.base} data-testid="adoption-base" defaultValue={a.base ?? ''}>
                <option value="">
                  {t.default}: {t.bases[e.populationBase]}
                </option>
                {baseOptions.map((b) => (
                  <option key={b} value={b}>
                    {t.bases[b] ?? b}
                  </option>
                ))}
              </select>
            </fieldset>
            <fieldset>
              <legend>{t.fixed}</legend>
              <label>
                {t.low}{' '}
                <input
                  type="number"
                  name="fixedLow"
                  data-testid="adoption-fixed-low"
                  min="0"
                  max="100"
                  step="0.01"
                  defaultValue={a.fixed?.[0] ?? 0}
                />
              </label>{' '}
              <label>
                {t.high}{' '}
                <input
                  type="number"
                  name="fixedHigh"
                  data-testid="adoption-fixed-high"
                  min="0"
                  max="100"
                  step="0.01"
                  defaultValue={a.fixed?.[1] ?? 100}
                />
              </label>
            </fieldset>
            <button type="submit" data-testid="adoption-apply">
              {t.apply}
            </button>
          </form>
          <ul data-testid="adoption-assumptions">
            {view.assumptions.map((x) => (
              <li key={x.label}>
                {x.label}: <strong>{x.value}</strong>
                {x.isDefault ? ` (${t.default})` : ''}
              </li>
            ))}
          </ul>
          {view.steps.length > 0 && <h4>{t.steps}</h4>}
          <ol data-testid="adoption-steps">
            {view.steps.map((s) => (
              <li key={s.text}>
                {s.text}
                {s.sources.length > 0 && <small> — {s.sources.join('; ')}</small>}
                {s.quotes.map((c) => (
                  <blockquote key={c.quote} lang="fi">
                    “{c.quote}” <cite>— {c.source}</cite>
                  </blockquote>
                ))}
              </li>
            ))}
          </ol>
          {view.missing.length > 0 && (
            <>
              <h4>{t.missing}</h4>
              <ul className="missing" data-testid="adoption-missing">
                {view.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
          <h4>{t.known}</h4>
          <ul data-testid="adoption-known">
            {view.known.map((k) => (
              <li key={`${k.label}-${k.amount}-${k.quotes[0]?.quote ?? ''}`}>
                {k.label}
                {k.amount ? (
                  <>
                    : <strong>{k.amount}</strong>
                  </>
                ) : (
                  ''
                )}
                {k.extra ? ` — ${k.extra}` : ''}
                {k.quotes.map((c) => (
                  <blockquote key={c.quote} lang="fi">
                    “{c.quote}” <cite>— {c.source}</cite>
                  </blockquote>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
