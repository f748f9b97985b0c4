import { type AdoptionTexts, adoptionTexts } from '../adoption.i18n';
import { formatNumber } from '../format';
import type { AdoptionAssumptionsInput, AdoptionEstimateQuery, PopulationBase } from '../graphql/generated';
import type { Lang } from '../i18n';

type Estimate = AdoptionEstimateQuery['adoptionEstimate'];
export interface Quote {
  quote: string;
  source: string;
}
export interface AdoptionView {
  home: string;
  target: string;
  /** "44 079 – 67 287 €": low rounded down, high rounded up to the euro (the exact cents are in the CSV). */
  development: string | null;
  running: string | null;
  known: { label: string; amount: string | null; quotes: Quote[]; extra: string | null }[];
  assumptions: { label: string; value: string; isDefault: boolean }[];
  steps: { text: string; quotes: Quote[]; sources: string[] }[];
  missing: string[];
  csv: { header: string[]; rows: string[][] };
}

const quotes = (cs: { quote: string; source: { title: string } }[]): Quote[] =>
  cs.map((c) => ({ quote: c.quote, source: c.source.title }));

/** A euro range for people: whole euros, the low end rounded down and the high end up. */
export function euroRange(r: { low: string; high: string }, lang: Lang): string {
  const lo = Math.floor(Number(r.low));
  const hi = Math.ceil(Number(r.high));
  return lo === hi
    ? `${formatNumber(lo, lang)} €`
    : `${formatNumber(lo, lang)} – ${formatNumber(hi, lang)} €`;
}

const euro = (v: string, lang: Lang) =>
  `${formatNumber(Number(v), lang, Number.isInteger(Number(v)) ? 0 : 2)} €`;
const pct = (v: number | null, lang: Lang) =>
  v === null ? '?' : formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);

function stepText(s: Estimate['steps'][number], e: Estimate, t: AdoptionTexts, lang: Lang): string {
  const result = s.result ? euroRange(s.result, lang) : '';
  const cost = s.inputs[0]?.value ?? '0';
  switch (s.kind) {
    case 'PRACTICE_COST':
      return t.step.PRACTICE_COST(euro(cost, lang));
    case 'PARENT_COST': {
      const basis = e.known.find((k) => k.kind === 'PARENT_COST' && k.amount === cost)?.basis;
      return t.step.PARENT_COST(euro(cost, lang), basis ? (t.basis[basis] ?? basis) : '?');
    }
    case 'SHARE_OF_PARENT': {
      const a = e.assumptions.find((x) => x.code === 'PARENT_SHARE');
      const share =
        a?.method === 'USER_SET'
          ? `${pct(a.lowPercent, lang)}–${pct(a.highPercent, lang)} %`
          : t.step.equalShare(s.inputs[1]?.value ?? '?');
      return t.step.SHARE_OF_PARENT(euro(cost, lang), share, result);
    }
    case 'POPULATION_BASE': {
      const [h, g] = s.inputs;
      const home = e.homePopulation;
      const target = e.targetPopulation;
      const ratio = home && target ? formatNumber(target.value / home.value, lang, 4) : '?';
      return t.step.POPULATION_BASE(
        t.bases[e.populationBase] ?? e.populationBase,
        `${e.homeMunicipality.nameFi} ${formatNumber(Number(h?.value), lang)} (${home?.year})`,
        `${e.municipality.nameFi} ${formatNumber(Number(g?.value), lang)} (${target?.year})`,
        ratio,
      );
    }
    case 'SCALED_COST': {
      const f = e.assumptions.find((x) => x.code === 'FIXED_PART');
      return t.step.SCALED_COST(pct(f?.lowPercent ?? null, lang), pct(f?.highPercent ?? null, lang), result);
    }
    case 'RUNNING_COST':
      return t.step.RUNNING_COST(result);
    default:
      return s.formula;
  }
}

function assumptionValue(a: Estimate['assumptions'][number], t: AdoptionTexts, lang: Lang): [string, string] {
  switch (a.code) {
    case 'PARENT_SHARE':
      return [
        t.parentShare,
        `${a.method === 'USER_SET' ? t.userSet : t.equalSplit}: ${pct(a.lowPercent, lang)}${a.highPercent !== a.lowPercent ? `–${pct(a.highPercent, lang)}` : ''} %`,
      ];
    case 'POPULATION_BASE':
      return [t.base, t.bases[a.method] ?? a.method];
    case 'FIXED_PART':
      return [t.fixed, `${pct(a.lowPercent, lang)}–${pct(a.highPercent, lang)} %`];
    default:
      return [t.priceLevel, t.notAdjusted];
  }
}

/** Everything the section shows and exports, worded in the user's language, from the API's answer. */
export function adoptionView(e: Estimate, lang: Lang): AdoptionView {
  const t = adoptionTexts(lang);
  const known = e.known.map((k) => ({
    label: `${t.knownKinds[k.kind] ?? k.kind}${k.basis ? ` (${t.basis[k.basis] ?? k.basis})` : ''}`,
    amount: k.amount === null ? null : euro(k.amount, lang),
    quotes: quotes(k.citations),
    // The English summary of a statement in words; the Finnish passage is in the quotes.
    extra: lang === 'en' && k.kind === 'RUNNING_COST_STATEMENT' ? k.label : null,
  }));
  const assumptions = e.assumptions.map((a) => {
    const [label, value] = assumptionValue(a, t, lang);
    return { label, value, isDefault: a.isDefault };
  });
  const steps = e.steps.map((s) => ({
    text: stepText(s, e, t, lang),
    quotes: quotes(s.inputs.flatMap((i) => i.citations)),
    sources: s.inputs.map((i) => i.source).filter((x): x is string => !!x),
  }));
  const missing = e.missing.map((m) => (lang === 'fi' ? (t.missingCodes[m.code] ?? m.message) : m.message));
  const development = e.development ? euroRange(e.development, lang) : null;
  const running = e.running ? euroRange(e.running, lang) : null;
  const c = t.csv;
  const rows: string[][] = [
    [
      c.estimate,
      `${t.development}: ${e.homeMunicipality.nameFi} → ${e.municipality.nameFi}`,
      e.development ? `${e.development.low}–${e.development.high} EUR` : t.cannot,
      '',
    ],
    [c.estimate, t.running, e.running ? `${e.running.low}–${e.running.high} EUR` : t.cannot, ''],
    ...assumptions.map((a) => [
      c.assumption,
      a.label,
      `${a.value}${a.isDefault ? ` (${t.default})` : ''}`,
      '',
    ]),
    ...steps.map((s) => [
      c.step,
      s.text,
      '',
      [...s.quotes.map((q) => `"${q.quote}" — ${q.source}`), ...s.sources].join(' | '),
    ]),
    ...known.map((k) => [
      c.known,
      k.label,
      k.amount ?? '',
      k.quotes.map((q) => `"${q.quote}" — ${q.source}`).join(' | '),
    ]),
    ...missing.map((m) => [c.missing, m, '', '']),
  ];
  return {
    home: e.homeMunicipality.nameFi,
    target: e.municipality.nameFi,
    development,
    running,
    known,
    assumptions,
    steps,
    missing,
    csv: { header: c.header, rows },
  };
}

/** Assumptions as they travel in the URL: share=10-30, fixed=0-100, base=WHOLE_POPULATION. */
export interface AssumptionParams {
  share: [number, number] | null;
  fixed: [number, number] | null;
  base: string | null;
}

const pair = (v: string | null): [number, number] | null => {
  const m = v ? /^(\d+(?:\.\d{1,2})?)-(\d+(?:\.\d{1,2})?)$/.exec(v) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
};

export function assumptionsFromParams(params: URLSearchParams): AssumptionParams {
  return { share: pair(params.get('share')), fixed: pair(params.get('fixed')), base: params.get('base') };
}

/** The API's input for the assumptions in the URL; none set gives the defaults. */
export function assumptionsInput(a: AssumptionParams): AdoptionAssumptionsInput {
  return {
    parentShare: a.share ? 'USER_SET' : null,
    parentShareLowPercent: a.share?.[0] ?? null,
    parentShareHighPercent: a.share?.[1] ?? null,
    fixedLowPercent: a.fixed?.[0] ?? null,
    fixedHighPercent: a.fixed?.[1] ?? null,
    populationBase: POPULATION_BASES.find((b) => b === a.base) ?? null,
  };
}

const POPULATION_BASES: PopulationBase[] = ['FAMILIES_UNDER_SCHOOL_AGE', 'CHILDREN_0_17', 'WHOLE_POPULATION'];
