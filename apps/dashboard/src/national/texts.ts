import { useTexts } from '../i18n';

/** Texts of the national pieces (kept beside them so the shared i18n file stays as it is). */
const TEXTS = {
  fi: {
    map: 'Kartta',
    mapTitle: 'Kunnat kartalla',
    indicator: 'Tunnusluku',
    level: 'Taso',
    municipalities: 'Kunnat',
    counties: 'Hyvinvointialueet',
    countyValue: 'hyvinvointialueen kuntien mediaani',
    noData: 'ei tietoa',
    legend: 'Selite',
    asTable: 'Taulukkona',
    attribution:
      'Kuntarajat ja väkiluku: Tilastokeskus, kuntapohjaiset tilastointialueet ja väestö (CC BY 4.0), Yle:n kautta. Maakunnat: Tilastokeskuksen luokitus 2021 (CC BY 4.0).',
    rank: 'Sija',
    countyMedian: 'Alueen mediaani',
    value: 'Arvo',
    county: 'Hyvinvointialue / järjestäjä',
    name: 'Kunta',
    shownOf: (from: number, to: number, total: number) => `${from}–${to} / ${total}`,
    previous: 'Edelliset',
    next: 'Seuraavat',
    distribution: 'Jakauma: kaikki kunnat, valitut korostettuina',
    logScale: 'logaritminen asteikko',
    stripCount: (known: number, all: number, chosen: number) =>
      `${known} / ${all} kunnalla arvo; valittuja ${chosen}`,
    findMunicipality: 'Hae kunta (nimi, ruotsiksi, taivutettuna tai koodi)',
    chosen: 'Vertailtavat kunnat',
    defaultSet: 'Oletus: kunnat, joilla on kehittämistyötä aineistossa',
    remove: (name: string) => `Poista ${name}`,
    peersCounty: 'Lisää saman hyvinvointialueen kunnat',
    peersSize: 'Lisää samankokoiset kunnat',
    reset: 'Palauta oletus',
    noResults: 'Ei osumia',
    noWork: 'ei kirjattua kehittämistyötä',
    helsinki: 'Helsinki järjestää itse',
    aland: 'Ahvenanmaa (uudistuksen ulkopuolella)',
    ofAll: (shown: number, total: number) => `${shown} / ${total} kuntaa`,
    open: 'Avaa',
    allChips: (shown: number, total: number) => `${shown} / ${total} näytetty — näytä kaikki`,
    fewerChips: 'Näytä vähemmän',
    rankWord: 'sija',
    kind: 'Näytä',
    kinds: { all: 'hankkeet ja toimintamallit' },
    listed: 'Hankkeet ja toimintamallit',
    ofWhich: (projects: number, practices: number) =>
      `joista hankkeita ${projects}, toimintamalleja ${practices}`,
    countyMedianWord: 'alueen mediaani',
    sortCards: 'Järjestä',
    byName: 'nimen mukaan',
    noWorkSentence: 'Ei kirjattua kehittämistyötä aineistossa: kustannukset eivät sovellu (eivät ole nolla).',
    reportedOnly: 'Vain kunnat, joilla on tuloksia',
    minLevel: 'Näytön taso vähintään',
    anyLevel: 'mikä tahansa',
    orderBy: 'Järjestys',
    byDomain: 'tulosalueen mukaan',
    orders: {
      GIVEN: 'nimen mukaan',
      RESULTS: 'eniten tuloksia',
      IMPROVED: 'eniten parantuneita',
      WORSENED: 'eniten heikentyneitä',
      EVIDENCE: 'vahvin näyttö',
    },
    matrixRows: 'Kunnat',
    measuredDomain: 'Mitatut tulokset tulosalueelta',
    measuredCount: 'Mitatut tulokset',
    measuredSet: (domain: string | null, from: number, to: number) =>
      domain
        ? `Kaavio näyttää matriisin kunnat ${from}–${to} tulosalueelta ”${domain}”.`
        : `Kaavio näyttää matriisin kunnat ${from}–${to} kaikilta tulosalueilta.`,
    allDomains: (few: number) => `kaikki tulosalueet (enintään ${few} kuntaa sivulla)`,
    noMeasured: 'Tämän sivun kunnilla ei ole tältä tulosalueelta prosenttilukuna mitattuja tuloksia.',
  },
  en: {
    map: 'Map',
    mapTitle: 'Municipalities on the map',
    indicator: 'Indicator',
    level: 'Level',
    municipalities: 'Municipalities',
    counties: 'Wellbeing services counties',
    countyValue: 'median of the county’s municipalities',
    noData: 'no data',
    legend: 'Legend',
    asTable: 'As a table',
    attribution:
      'Municipal boundaries and population: Statistics Finland (CC BY 4.0), via Yle. Regions: Statistics Finland’s classification 2021 (CC BY 4.0).',
    rank: 'Rank',
    countyMedian: 'County median',
    value: 'Value',
    county: 'County / organiser',
    name: 'Municipality',
    shownOf: (from: number, to: number, total: number) => `${from}–${to} / ${total}`,
    previous: 'Previous',
    next: 'Next',
    distribution: 'Distribution: every municipality, the chosen ones highlighted',
    logScale: 'logarithmic scale',
    stripCount: (known: number, all: number, chosen: number) =>
      `${known} / ${all} municipalities have a value; ${chosen} chosen`,
    findMunicipality: 'Find a municipality (name, Swedish, inflected, or code)',
    chosen: 'Compared municipalities',
    defaultSet: 'Default: the municipalities with development work in the data',
    remove: (name: string) => `Remove ${name}`,
    peersCounty: 'Add the same county’s municipalities',
    peersSize: 'Add municipalities of the same size',
    reset: 'Back to the default',
    noResults: 'No matches',
    noWork: 'no development work recorded',
    helsinki: 'Helsinki organises its own services',
    aland: 'Åland (outside the reform)',
    ofAll: (shown: number, total: number) => `${shown} / ${total} municipalities`,
    open: 'Open',
    allChips: (shown: number, total: number) => `${shown} / ${total} shown — show all`,
    fewerChips: 'Show fewer',
    rankWord: 'rank',
    kind: 'Show',
    kinds: { all: 'projects and practices' },
    listed: 'Projects and practices',
    ofWhich: (projects: number, practices: number) => `of which ${projects} projects, ${practices} practices`,
    countyMedianWord: 'county median',
    sortCards: 'Sort',
    byName: 'by name',
    noWorkSentence: 'No development work recorded in the data: costs do not apply (they are not zero).',
    reportedOnly: 'Only municipalities with results',
    minLevel: 'Evidence level at least',
    anyLevel: 'any',
    orderBy: 'Order',
    byDomain: 'by outcome domain',
    orders: {
      GIVEN: 'by name',
      RESULTS: 'most results',
      IMPROVED: 'most improved',
      WORSENED: 'most worsened',
      EVIDENCE: 'strongest evidence',
    },
    matrixRows: 'Municipalities',
    measuredDomain: 'Measured results in the domain',
    measuredCount: 'Measured results',
    measuredSet: (domain: string | null, from: number, to: number) =>
      domain
        ? `The chart shows the matrix's municipalities ${from}–${to} in the domain “${domain}”.`
        : `The chart shows the matrix's municipalities ${from}–${to} in every domain.`,
    allDomains: (few: number) => `every domain (at most ${few} municipalities on the page)`,
    noMeasured: 'The municipalities on this page have no results measured as a percentage in this domain.',
  },
};

export function useNationalTexts() {
  const { lang } = useTexts();
  return { n: TEXTS[lang], lang };
}

/** Who organises a municipality's services, in words (a county's short name, Helsinki, or Åland). */
export function organiserLabel(
  o: { kind: string; shortNameFi: string; shortNameSv: string },
  n: (typeof TEXTS)['fi'],
): string {
  if (o.kind === 'CITY_OF_HELSINKI') return n.helsinki;
  if (o.kind === 'ALAND') return n.aland;
  return o.shortNameFi;
}
