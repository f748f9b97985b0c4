import { useSearchParams } from 'react-router';

export type Lang = 'fi' | 'en';

const texts = {
  fi: {
    title: 'Vertailu',
    subtitle: 'Lapsi- ja perhepalvelujen kehittämistyö: kustannukset ja vaikuttavuus',
    overview: 'Yleiskuva',
    costs: 'Kustannukset',
    effectiveness: 'Vaikuttavuus',
    playground: 'GraphQL-kokeilu',
    language: 'In English',
    loading: 'Ladataan…',
    apiDown:
      'Rajapintaan ei saada yhteyttä. Tarkista, että palvelu on käynnissä (pnpm start), ja yritä uudelleen.',
    noData: 'ei tietoa',
    projects: 'Hankkeet',
    practices: 'Toimintamallit',
    ownCost: 'Kunnan oma osuus hankkeiden kustannuksista',
    externalFunding: 'Ulkopuolinen rahoitus',
    strongestEvidence: 'Vahvin näyttö',
    absolute: 'Euroa',
    perInhabitant: 'Euroa / asukas',
    perChild: 'Euroa / 0–17-vuotias',
    show: 'Näytä',
    yearsFrom: 'Vuodesta',
    yearsTo: 'Vuoteen',
    municipality: 'Kunta',
    value: 'Arvo',
    reason: 'Puuttumisen syy',
    exportCsv: 'Lataa CSV',
    netOwn: 'Oma budjetti (netto)',
    eu: 'EU (ESR)',
    stateFund: 'Työsuojelurahasto',
    ministry: 'STM',
    costChartTitle: 'Oma osuus ja ulkopuolinen rahoitus rahoittajittain',
    costChartDesc:
      'Pinottu pylväs: kunnan nettorahoitus ja ulkopuolinen rahoitus rahoittajalajeittain. Puuttuva tieto näkyy taulukossa syineen, ei nollana.',
    matrixTitle: 'Tulokset: kunta × tulosalue',
    matrixDesc:
      'Solu kertoo muutoksen suunnan ja vahvimman näytön. Avaa solu nähdäksesi tulokset ja lähteet.',
    domain: 'Tulosalue',
    sources: 'Lähde',
    reasons: {
      NOT_REPORTED: 'ei raportoitu',
      AMOUNT_UNKNOWN: 'summa ei tiedossa',
      PERIOD_UNKNOWN: 'ajankohta ei tiedossa',
      NO_POPULATION_FOR_YEAR: 'väkiluku puuttuu',
      DENOMINATOR_UNKNOWN: 'jakaja ei tiedossa',
      NOT_APPLICABLE: 'ei sovellu',
    },
    directions: {
      IMPROVED: 'parantunut',
      WORSENED: 'heikentynyt',
      UNCHANGED: 'ennallaan',
      MIXED: 'vaihteleva',
      UNKNOWN: 'ei tiedossa',
      NOT_APPLICABLE: '–',
    },
    evidence: {
      NOT_YET_MEASURED: 'ei vielä mitattu',
      EXPERIENTIAL: 'kokemusperäinen',
      SURVEY: 'kysely',
      STATISTICS: 'tilastot, kustannustiedot',
      COMPARISON_GROUP: 'vertailuaineisto',
    },
  },
  en: {
    title: 'Vertailu',
    subtitle: 'Child and family services development: costs and effectiveness',
    overview: 'Overview',
    costs: 'Costs',
    effectiveness: 'Effectiveness',
    playground: 'GraphQL playground',
    language: 'Suomeksi',
    loading: 'Loading…',
    apiDown: 'The API cannot be reached. Check that the service is running (pnpm start) and try again.',
    noData: 'no data',
    projects: 'Projects',
    practices: 'Practices',
    ownCost: 'Municipality’s own share of project costs',
    externalFunding: 'External funding',
    strongestEvidence: 'Strongest evidence',
    absolute: 'Euros',
    perInhabitant: 'Euros per inhabitant',
    perChild: 'Euros per 0–17-year-old',
    show: 'Show',
    yearsFrom: 'From year',
    yearsTo: 'To year',
    municipality: 'Municipality',
    value: 'Value',
    reason: 'Why missing',
    exportCsv: 'Download CSV',
    netOwn: 'Own budget (net)',
    eu: 'EU (ESF)',
    stateFund: 'Work Environment Fund',
    ministry: 'Ministry (STM)',
    costChartTitle: 'Own share and external funding by funder',
    costChartDesc:
      'Stacked bars: the municipality’s net own funding and external funding by kind of funder. Missing data is listed in the table with its reason, never drawn as zero.',
    matrixTitle: 'Outcomes: municipality × domain',
    matrixDesc:
      'Each cell shows the direction of change and the strongest evidence. Open a cell for the outcomes and their sources.',
    domain: 'Domain',
    sources: 'Source',
    reasons: {
      NOT_REPORTED: 'not reported',
      AMOUNT_UNKNOWN: 'amount unknown',
      PERIOD_UNKNOWN: 'period unknown',
      NO_POPULATION_FOR_YEAR: 'no population for the year',
      DENOMINATOR_UNKNOWN: 'base unknown',
      NOT_APPLICABLE: 'not applicable',
    },
    directions: {
      IMPROVED: 'improved',
      WORSENED: 'worsened',
      UNCHANGED: 'unchanged',
      MIXED: 'mixed',
      UNKNOWN: 'unknown',
      NOT_APPLICABLE: '–',
    },
    evidence: {
      NOT_YET_MEASURED: 'not yet measured',
      EXPERIENTIAL: 'experiential',
      SURVEY: 'survey',
      STATISTICS: 'statistics, cost data',
      COMPARISON_GROUP: 'comparison group',
    },
  },
} as const;

export type Texts = (typeof texts)[Lang];

/** The language lives in the URL (?lang=en), so a copied link opens in the same language. */
export function useTexts(): { t: Texts; lang: Lang } {
  const [params] = useSearchParams();
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'fi';
  return { t: texts[lang], lang };
}
