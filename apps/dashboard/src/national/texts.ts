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
    capped: (limit: number, total: number) =>
      `Vertailusivut näyttävät ${limit} / ${total} valitusta kunnasta (ensimmäiset ${limit}); rajaa valintaa tai hyvinvointialuetta.`,
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
    capped: (limit: number, total: number) =>
      `Comparison pages show ${limit} / ${total} of the chosen municipalities (the first ${limit}); narrow the choice or the county.`,
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
