import { useEffect, useId, useState } from 'react';
import './national.css';
import { useSearchParams } from 'react-router';
import { request, useQuery } from '../graphql/client';
import { NationalValuesDocument, SearchMunicipalitiesDocument } from '../graphql/generated';
import { chosenCodes, useRegister } from '../graphql/municipalities';
import { shownMunicipalities } from '../view/scale';
import { sameSizePeers } from './model';
import { useNationalTexts } from './texts';

export { useRegister };

/** Chips shown before "all 309": a county's or a size band's peers would fill the header. */
const CHIPS = 12;

function useDebounced<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setShown(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}

/** The compared set as the pages show it: the chosen codes, else the default (with development work, in the county). */
export function useComparisonCodes(): { shown: string[]; chosen: string[] } {
  const [params] = useSearchParams();
  const register = useRegister().data?.municipalityRegister ?? [];
  const chosen = chosenCodes(params);
  return { shown: shownMunicipalities(register, chosen, params.get('county')).map((m) => m.code), chosen };
}

/**
 * "My municipality + peers": find any municipality (Finnish or Swedish name, inflected, or code: the
 * API resolves them), add peers of the same county or population size band, remove any. The set lives
 * in the URL (`?m=`), so every page compares it and a copied link keeps it.
 */
export function MunicipalityPicker() {
  const { n, lang } = useNationalTexts();
  const [params, setParams] = useSearchParams();
  const register = useRegister().data?.municipalityRegister ?? [];
  const byCode = new Map(register.map((m) => [m.code, m]));
  const { shown, chosen } = useComparisonCodes();

  const [term, setTerm] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [allChips, setAllChips] = useState(false);
  const search = useDebounced(term.trim(), 150);
  const found = useQuery(SearchMunicipalitiesDocument, { search }, { skip: !search });
  // Only answers to what stands in the box now: a stale list would let Enter pick the previous match.
  const current = search === term.trim() && !found.loading;
  const options = search && current ? (found.data?.municipalities.edges.map((e) => e.node) ?? []) : [];
  const listId = useId();
  const open = term.trim().length > 0;

  const setChosen = (codes: string[]) => {
    const next = new URLSearchParams(params);
    if (codes.length) next.set('m', [...new Set(codes)].join(','));
    else next.delete('m');
    setParams(next);
  };
  const add = (codes: string[]) => setChosen([...shown, ...codes]);
  const pick = (code: string | undefined) => {
    if (!code) return;
    add([code]);
    setTerm('');
    setActive(0);
  };
  const first = shown[0];
  const firstOrganiser = first ? byCode.get(first)?.serviceOrganiser.code : undefined;
  const addCountyPeers = () =>
    add(register.filter((m) => m.serviceOrganiser.code === firstOrganiser).map((m) => m.code));
  const addSizePeers = async () => {
    if (!first) return;
    setBusy(true);
    try {
      const data = await request(NationalValuesDocument, {
        municipalities: register.map((m) => m.code),
        indicator: 'POPULATION',
      });
      const population = new Map<string, number>();
      for (const r of data.compareMunicipalities[0]?.rows ?? [])
        if (r.value != null) population.set(r.municipality.code, r.value);
      add(sameSizePeers(first, population));
    } finally {
      setBusy(false);
    }
  };
  const name = (code: string) => {
    const m = byCode.get(code);
    return m ? (lang === 'fi' ? m.nameFi : `${m.nameFi} (${m.nameSv})`) : code;
  };

  return (
    <section className="picker" aria-label={n.chosen}>
      <div className="picker-search">
        <label htmlFor={`${listId}-input`}>{n.findMunicipality}</label>
        <input
          id={`${listId}-input`}
          data-testid="municipality-search"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${listId}-${options[active].code}` : undefined}
          value={term}
          autoComplete="off"
          onChange={(e) => {
            setTerm(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') pick(options[active]?.code);
            else if (e.key === 'Escape') setTerm('');
            else return;
            e.preventDefault();
          }}
        />
        {open && (
          <div id={listId} role="listbox" className="picker-options" data-testid="municipality-options">
            {options.map((o, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (ARIA pattern).
              // biome-ignore lint/a11y/useFocusableInteractive: options stay unfocusable; focus stays in the combobox (aria-activedescendant).
              <div
                key={o.code}
                id={`${listId}-${o.code}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(o.code)}
              >
                {o.nameFi}
                {o.nameSv !== o.nameFi ? ` / ${o.nameSv}` : ''} <small>{o.code}</small>
              </div>
            ))}
            {search && current && found.data && !options.length && <p>{n.noResults}</p>}
          </div>
        )}
      </div>
      <div className="picker-chosen">
        <span className="picker-count" data-testid="chosen-count">
          {n.chosen}: {n.ofAll(shown.length, register.length)}
          {!chosen.length && <small> — {n.defaultSet}</small>}
        </span>
        <ul className="chips">
          {(allChips ? shown : shown.slice(0, CHIPS)).map((code) => (
            <li key={code}>
              {name(code)}
              {byCode.get(code)?.hasDevelopmentWork === false && (
                <small className="muted"> ({n.noWork})</small>
              )}
              <button
                type="button"
                aria-label={n.remove(name(code))}
                onClick={() => setChosen(shown.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
          {shown.length > CHIPS && (
            <li className="chips-more">
              <button type="button" data-testid="chips-more" onClick={() => setAllChips(!allChips)}>
                {allChips ? n.fewerChips : n.allChips(CHIPS, shown.length)}
              </button>
            </li>
          )}
        </ul>
        <div className="picker-actions">
          <button type="button" onClick={addCountyPeers} disabled={!firstOrganiser}>
            {n.peersCounty}
            {first ? ` (${name(first)})` : ''}
          </button>
          <button type="button" onClick={addSizePeers} disabled={!first || busy}>
            {n.peersSize}
          </button>
          {chosen.length > 0 && (
            <button type="button" onClick={() => setChosen([])}>
              {n.reset}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
