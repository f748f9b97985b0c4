import type { Polarity } from './stats';

export const INDICATOR_CATEGORIES = ['COST', 'EFFECTIVENESS', 'CONTEXT'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];
export const INDICATOR_UNITS = [
  'EUR',
  'EUR_PER_INHABITANT',
  'EUR_PER_CHILD',
  'EUR_PER_YEAR',
  'PERCENT',
  'COUNT',
  'YEARS',
  'SCORE',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
/**
 * How values of several years combine over a year range: SUM (money, project-years), LATEST (a stock
 * such as population: the last year of the range), RATIO (computed from two other indicators),
 * COUNT_SQL / OUTCOME_SQL (counted from the records in the database, not from stored values).
 */
export type Aggregation = 'SUM' | 'LATEST' | 'RATIO' | 'COUNT_SQL' | 'OUTCOME_SQL';

export interface IndicatorDefinition {
  code: string;
  nameFi: string;
  nameEn: string;
  unit: IndicatorUnit;
  category: IndicatorCategory;
  polarity: Polarity;
  definition: string;
  /** The same definition in Finnish (the dashboard's language). */
  definitionFi: string;
  source: string;
  sourceFi: string;
  aggregation: Aggregation;
  /** Can be divided by population (PER_INHABITANT) or 0–17-year-olds (PER_CHILD). */
  normalizable: boolean;
  /** For RATIO: numerator and denominator indicator codes, and a factor (100 for %). */
  ratio?: { numerator: string; denominator: string; factor: number };
  /** Sotkanet indicator id whose imports fill this indicator. */
  sotkanetId?: number;
}

const DOCUMENTS =
  'Derived from the curated data set (project and practice documents), see each value’s explanation.';
const DOCUMENTS_FI =
  'Johdettu kuratoidusta aineistosta (hanke- ja toimintamalliasiakirjat), ks. kunkin arvon selitys.';

export const CATALOGUE: readonly IndicatorDefinition[] = [
  {
    code: 'OWN_PROJECT_COST',
    nameFi: 'Kunnan oma osuus hankkeiden kustannuksista',
    nameEn: 'Municipality’s own share of project costs',
    unit: 'EUR',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition:
      'Per project or practice: the municipality’s own share of the budget (kustannusarvio, Tornion osuus), or the realised total costs when the municipality carries the whole project; never a consortium’s whole budget. Spread over the calendar years of the actual period by days, then summed.',
    source: DOCUMENTS,
    definitionFi:
      'Hankkeittain tai toimintamalleittain: kunnan oma osuus budjetista (kustannusarvio, kunnan osuus), tai toteutuneet kokonaiskustannukset, kun kunta kantaa koko hankkeen; ei koskaan konsortion koko budjettia. Jaetaan toteutuneen ajanjakson kalenterivuosille päivien mukaan ja lasketaan yhteen.',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'SUM',
    normalizable: true,
  },
  {
    code: 'EXTERNAL_FUNDING',
    nameFi: 'Ulkopuolinen rahoitus',
    nameEn: 'External funding',
    unit: 'EUR',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition:
      'Sum of external grants (ESR, Työsuojelurahasto, STM …) received by the municipality for its projects and practices, spread over their periods. “No separate funding” counts as a known 0; a grant of unknown amount makes the sum unknown.',
    source: DOCUMENTS,
    definitionFi:
      'Kunnan hankkeilleen ja toimintamalleilleen saamien ulkopuolisten avustusten (ESR, Työsuojelurahasto, STM …) summa jaettuna niiden ajanjaksoille. ”Ei erillisrahoitusta” on tiedossa oleva 0; summaltaan tuntematon avustus tekee summasta tuntemattoman.',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'SUM',
    normalizable: true,
  },
  {
    code: 'EXTERNAL_FUNDING_EU',
    nameFi: 'EU-rahoitus (ESR)',
    nameEn: 'EU funding (ESF)',
    unit: 'EUR',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition: 'External funding from EU funds (European Social Fund, ESR).',
    source: DOCUMENTS,
    definitionFi: 'Ulkopuolinen rahoitus EU:n rahastoista (Euroopan sosiaalirahasto, ESR).',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'SUM',
    normalizable: true,
  },
  {
    code: 'EXTERNAL_FUNDING_STATE_FUND',
    nameFi: 'Työsuojelurahaston rahoitus',
    nameEn: 'Finnish Work Environment Fund funding',
    unit: 'EUR',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition: 'External funding from state funds (Työsuojelurahasto, TSR).',
    source: DOCUMENTS,
    definitionFi: 'Ulkopuolinen rahoitus valtion rahastoista (Työsuojelurahasto, TSR).',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'SUM',
    normalizable: true,
  },
  {
    code: 'EXTERNAL_FUNDING_MINISTRY',
    nameFi: 'Ministeriön rahoitus (STM)',
    nameEn: 'Ministry funding (STM)',
    unit: 'EUR',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition: 'External funding from ministries (Sosiaali- ja terveysministeriö, STM).',
    source: DOCUMENTS,
    definitionFi: 'Ulkopuolinen rahoitus ministeriöiltä (sosiaali- ja terveysministeriö, STM).',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'SUM',
    normalizable: true,
  },
  {
    code: 'NET_OWN_CONTRIBUTION',
    nameFi: 'Kunnan nettorahoitus (oma budjetti)',
    nameEn: 'Net own contribution (own budget)',
    unit: 'EUR',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition:
      'Own share of project costs minus the external funding inside it, per project where both are known.',
    source: DOCUMENTS,
    definitionFi:
      'Kunnan oma osuus hankkeiden kustannuksista vähennettynä sen sisältämällä ulkopuolisella rahoituksella, hankkeittain, kun molemmat ovat tiedossa.',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'SUM',
    normalizable: true,
  },
  {
    code: 'EXTERNAL_FUNDING_SHARE',
    nameFi: 'Ulkopuolisen rahoituksen osuus omasta osuudesta',
    nameEn: 'External funding as a share of own project costs',
    unit: 'PERCENT',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition: 'EXTERNAL_FUNDING ÷ OWN_PROJECT_COST × 100 over the same years.',
    source: DOCUMENTS,
    definitionFi: 'EXTERNAL_FUNDING ÷ OWN_PROJECT_COST × 100 samoilta vuosilta.',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'RATIO',
    normalizable: false,
    ratio: { numerator: 'EXTERNAL_FUNDING', denominator: 'OWN_PROJECT_COST', factor: 100 },
  },
  {
    code: 'COSTED_PROJECT_YEARS',
    nameFi: 'Hankevuodet, joiden kustannus tunnetaan',
    nameEn: 'Costed project-years',
    unit: 'YEARS',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition:
      'Years of activity of the projects and practices whose own cost is known (365.25-day years, by days).',
    source: DOCUMENTS,
    definitionFi:
      'Niiden hankkeiden ja toimintamallien toimintavuodet, joiden oma kustannus on tiedossa (365,25 päivän vuosina, päivien mukaan).',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'SUM',
    normalizable: false,
  },
  {
    code: 'COST_PER_PROJECT_YEAR',
    nameFi: 'Oma kustannus hankevuotta kohden',
    nameEn: 'Own cost per project-year',
    unit: 'EUR_PER_YEAR',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition:
      'OWN_PROJECT_COST ÷ COSTED_PROJECT_YEARS: the own cost annualised over the projects’ actual periods.',
    source: DOCUMENTS,
    definitionFi:
      'OWN_PROJECT_COST ÷ COSTED_PROJECT_YEARS: oma kustannus vuotta kohden hankkeiden toteutuneilla ajanjaksoilla.',
    sourceFi: DOCUMENTS_FI,
    aggregation: 'RATIO',
    normalizable: false,
    ratio: { numerator: 'OWN_PROJECT_COST', denominator: 'COSTED_PROJECT_YEARS', factor: 1 },
  },
  {
    code: 'PROJECT_COUNT',
    nameFi: 'Hankkeiden määrä',
    nameEn: 'Number of projects',
    unit: 'COUNT',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition:
      'Projects the municipality takes part in whose period overlaps the years (projects with an unknown period count when no years are given).',
    source: 'Counted from the project records.',
    definitionFi:
      'Hankkeet, joissa kunta on mukana ja joiden ajanjakso osuu vuosille (hankkeet, joiden ajanjakso on tuntematon, lasketaan, kun vuosia ei ole annettu).',
    sourceFi: 'Laskettu hanketiedoista.',
    aggregation: 'COUNT_SQL',
    normalizable: false,
  },
  {
    code: 'PRACTICE_COUNT',
    nameFi: 'Toimintamallien määrä',
    nameEn: 'Number of practices',
    unit: 'COUNT',
    category: 'COST',
    polarity: 'NEUTRAL',
    definition: 'Practices of the municipality, all phases (see municipalityProfile for the count by phase).',
    source: 'Counted from the practice records.',
    definitionFi: 'Kunnan toimintamallit kaikissa vaiheissa (vaiheittainen määrä: municipalityProfile).',
    sourceFi: 'Laskettu toimintamallitiedoista.',
    aggregation: 'COUNT_SQL',
    normalizable: false,
  },
  {
    code: 'OUTCOMES_IMPROVED',
    nameFi: 'Parantuneet tulokset',
    nameEn: 'Outcomes that improved',
    unit: 'COUNT',
    category: 'EFFECTIVENESS',
    polarity: 'HIGHER_IS_BETTER',
    definition: 'Results (not outputs) of the municipality’s projects and practices reported as improved.',
    source: 'Counted from the outcome records.',
    definitionFi:
      'Kunnan hankkeiden ja toimintamallien tulokset (ei tuotoksia), joiden on raportoitu parantuneen.',
    sourceFi: 'Laskettu tulostiedoista.',
    aggregation: 'OUTCOME_SQL',
    normalizable: false,
  },
  {
    code: 'OUTCOMES_WORSENED',
    nameFi: 'Heikentyneet tulokset',
    nameEn: 'Outcomes that worsened',
    unit: 'COUNT',
    category: 'EFFECTIVENESS',
    polarity: 'LOWER_IS_BETTER',
    definition:
      'Results of the municipality’s projects and practices reported as worsened. Negative findings count as much as positive ones.',
    source: 'Counted from the outcome records.',
    definitionFi:
      'Kunnan hankkeiden ja toimintamallien tulokset, joiden on raportoitu heikentyneen. Kielteiset havainnot painavat yhtä paljon kuin myönteiset.',
    sourceFi: 'Laskettu tulostiedoista.',
    aggregation: 'OUTCOME_SQL',
    normalizable: false,
  },
  {
    code: 'STRONGEST_EVIDENCE',
    nameFi: 'Vahvin näyttö',
    nameEn: 'Strongest evidence',
    unit: 'SCORE',
    category: 'EFFECTIVENESS',
    polarity: 'HIGHER_IS_BETTER',
    definition:
      'Highest evidence level among the results: 0 not yet measured, 1 experiential, 2 survey, 3 statistics or cost data against a baseline, 4 comparison group (ordinal).',
    source: 'Counted from the outcome records.',
    definitionFi:
      'Tulosten vahvin näytön taso: 0 ei vielä mitattu, 1 kokemusperäinen, 2 kysely, 3 tilasto- tai kustannustieto lähtötasoon verrattuna, 4 vertailuryhmä (järjestysasteikko).',
    sourceFi: 'Laskettu tulostiedoista.',
    aggregation: 'OUTCOME_SQL',
    normalizable: false,
  },
  {
    code: 'POPULATION',
    nameFi: 'Väkiluku',
    nameEn: 'Population',
    unit: 'COUNT',
    category: 'CONTEXT',
    polarity: 'NEUTRAL',
    definition: 'Year-end population (for a range of years: the last year of the range).',
    source:
      'Statistics Finland (context/population.csv, each row names its source); Sotkanet indicator 127 via import.',
    definitionFi: 'Väkiluku vuoden lopussa (vuosivälillä: välin viimeinen vuosi).',
    sourceFi:
      'Tilastokeskus (context/population.csv, jokainen rivi nimeää lähteensä); Sotkanetin indikaattori 127 tuonnin kautta.',
    aggregation: 'LATEST',
    normalizable: false,
    sotkanetId: 127,
  },
  {
    code: 'POPULATION_0_17',
    nameFi: '0–17-vuotiaat',
    nameEn: 'Population aged 0–17',
    unit: 'COUNT',
    category: 'CONTEXT',
    polarity: 'NEUTRAL',
    definition:
      'Year-end population aged 0–17 (for a range: the last year). Not in the shipped data; import it from Sotkanet.',
    source: 'Official statistics via the Sotkanet import.',
    definitionFi:
      '0–17-vuotiaiden määrä vuoden lopussa (vuosivälillä: viimeinen vuosi). Ei mukana toimitetussa aineistossa; tuo se Sotkanetista.',
    sourceFi: 'Virallinen tilasto Sotkanet-tuonnin kautta.',
    aggregation: 'LATEST',
    normalizable: false,
  },
];

export function catalogueEntry(code: string): IndicatorDefinition | undefined {
  return CATALOGUE.find((d) => d.code === code);
}
