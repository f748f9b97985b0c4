/**
 * Finnish and English names of every code the data set, the API and the dashboard use: the one place
 * a code gets its words. The API serves these lists (`codeLabels`), the dashboard imports them, so no
 * page shows a raw code and no two pages name a code differently. The codes themselves are
 * vocabulary.ts's; a test checks that every code of every list has its label here.
 */
import {
  CODE_LISTS,
  type CodeListName,
  type CodeOf,
  type CostRole,
  type DateKind,
  type DocumentLayout,
  type DocumentType,
  EVIDENCE_TYPES,
  type EvidenceType,
  type LinkStatus,
  type MissingReasonCode,
  type Provenance,
  type ServiceOrganiserKind,
  type VocabularyName,
} from './vocabulary';

export interface CodeLabel {
  nameFi: string;
  nameEn: string;
  /** What the code means, when the name alone does not say it. */
  definitionFi?: string;
  definitionEn?: string;
  /** A short name for tight places (chart axes, table cells); the evidence scale has them. */
  shortFi?: string;
  shortEn?: string;
}

type Labels<C extends string> = Record<C, CodeLabel>;
type ListLabels<L extends CodeListName> = Labels<CodeOf<L>>;

const costKinds: ListLabels<'CostKind'> = {
  TOTAL_BUDGET: {
    nameFi: 'koko hankkeen budjetti',
    nameEn: 'whole project budget',
    definitionFi: 'Hankkeen (tai konsortion) koko kustannusarvio, kaikki osapuolet yhteensä.',
    definitionEn: 'The whole budget of a project or consortium, all parties together.',
  },
  MUNICIPALITY_SHARE: {
    nameFi: 'kunnan osuus budjetista',
    nameEn: 'municipality’s share of the budget',
    definitionFi: 'Yhden kunnan oma osa yhteisestä budjetista.',
    definitionEn: 'One municipality’s own part of a joint budget.',
  },
  TOTAL_COSTS: {
    nameFi: 'kokonaiskustannukset',
    nameEn: 'total costs',
    definitionFi: 'Hankkeen jälkeen ilmoitetut toteutuneet kokonaiskustannukset.',
    definitionEn: 'Realised total costs reported after the project.',
  },
};

const costBases: ListLabels<'CostBasis'> = {
  ESTIMATE: {
    nameFi: 'arvio',
    nameEn: 'estimate',
    definitionFi: 'Kustannusarvio tai budjetti: suunniteltu, ei toteutunut.',
    definitionEn: 'A cost estimate or budget: planned, not realised.',
  },
  REALISED: {
    nameFi: 'toteutunut',
    nameEn: 'realised',
    definitionFi: 'Hankkeen jälkeen ilmoitettu toteutunut summa.',
    definitionEn: 'The amount reported as spent after the fact.',
  },
};

const fundingKinds: ListLabels<'FundingKind'> = {
  EXTERNAL_GRANT: {
    nameFi: 'ulkopuolinen avustus',
    nameEn: 'external grant',
    definitionFi: 'Kunnan ulkopuolelta tuleva raha (ESR, Työsuojelurahasto, STM …).',
    definitionEn: 'Money from outside the municipality (ESF, Work Environment Fund, ministry …).',
  },
  OWN_FUNDING: {
    nameFi: 'kunnan oma rahoitus',
    nameEn: 'own funding',
    definitionFi: 'Kunnan omaa rahaa, lähteessä sellaiseksi mainittu.',
    definitionEn: 'The municipality’s own money, stated as such.',
  },
  NO_SEPARATE_FUNDING: {
    nameFi: 'ei erillisrahoitusta',
    nameEn: 'no separate funding',
    definitionFi:
      'Lähteen mukaan kehittämiselle ei ollut erillisrahoitusta: ulkopuolinen rahoitus on tiedossa oleva 0 €, ei ulkopuolinen rahoittaja.',
    definitionEn:
      'The source states there was no separate funding: external funding is a known 0 €, not an outside funder.',
  },
};

const outcomeDirections: ListLabels<'OutcomeDirection'> = {
  IMPROVED: { nameFi: 'parantunut', nameEn: 'improved' },
  WORSENED: { nameFi: 'heikentynyt', nameEn: 'worsened' },
  UNCHANGED: { nameFi: 'ennallaan', nameEn: 'unchanged' },
  MIXED: {
    nameFi: 'vaihteleva',
    nameEn: 'mixed',
    definitionFi: 'Sekä parannuksia että heikennyksiä.',
    definitionEn: 'Both gains and losses.',
  },
  UNKNOWN: {
    nameFi: 'ei (vielä) tiedossa',
    nameEn: 'not (yet) known',
    definitionFi: 'Lähde ei kerro muutoksen suuntaa, tai sitä ei ole vielä mitattu.',
    definitionEn: 'The source does not say which way it went, or it has not been measured yet.',
  },
  NOT_APPLICABLE: {
    nameFi: 'ei suuntaa (tuotos)',
    nameEn: 'no direction (output)',
    definitionFi: 'Tuotoksella (esim. pidetyt työpajat) ei ole muutoksen suuntaa.',
    definitionEn: 'Outputs (e.g. workshops held) have no direction of change.',
  },
};

/** The ordinal evidence scale, weakest first; `EVIDENCE_TYPES` index is the level 0–4. */
const evidenceTypes: Labels<EvidenceType> = {
  NOT_YET_MEASURED: {
    shortFi: 'ei vielä mitattu',
    shortEn: 'not yet measured',
    nameFi: 'ei vielä mitattu',
    nameEn: 'not yet measured',
    definitionFi: 'Tavoite tai odotus; mitään ei ole vielä mitattu.',
    definitionEn: 'A goal or an expectation; nothing has been measured yet.',
  },
  EXPERIENTIAL: {
    shortFi: 'kokemusperäinen',
    shortEn: 'experiential',
    nameFi: 'kokemusperäinen tieto',
    nameEn: 'experiential feedback',
    definitionFi:
      'Henkilöstö, asiakkaat tai organisaatio kertovat kokemuksestaan; ei järjestelmällistä mittausta.',
    definitionEn:
      'Staff, clients or the organisation report what they experienced; no systematic measurement.',
  },
  SURVEY: {
    shortFi: 'kysely',
    shortEn: 'survey',
    nameFi: 'henkilöstö- tai asiakaskysely',
    nameEn: 'staff or client survey',
    definitionFi: 'Henkilöstölle tai asiakkaille tehty kysely, jonka tulos kerrotaan.',
    definitionEn: 'A survey of staff or clients with a reported result.',
  },
  STATISTICS: {
    shortFi: 'tilastot lähtötasoon',
    shortEn: 'statistics vs baseline',
    nameFi: 'tilastot tai kustannustiedot lähtötasoon verrattuna',
    nameEn: 'statistics or cost data against a baseline',
    definitionFi: 'Rekisteritilastot tai kustannustiedot verrattuna aiempaan lähtötasoon.',
    definitionEn: 'Register statistics or cost data compared with an earlier baseline.',
  },
  COMPARISON_GROUP: {
    shortFi: 'vertailuryhmä',
    shortEn: 'comparison group',
    nameFi: 'vertailuryhmä',
    nameEn: 'comparison group',
    definitionFi: 'Verrattu verrokkiryhmään tai valtakunnalliseen vertailuaineistoon.',
    definitionEn: 'Compared with a control group or a national reference group.',
  },
};

const outcomeKinds: ListLabels<'OutcomeKind'> = {
  RESULT: {
    nameFi: 'tulos',
    nameEn: 'result',
    definitionFi: 'Muutos (tai sen puuttuminen): hyvinvointi, kustannukset, yhteistyö …',
    definitionEn: 'A change (or its absence) in the world: wellbeing, costs, cooperation …',
  },
  OUTPUT: {
    nameFi: 'tuotos',
    nameEn: 'output',
    definitionFi: 'Jotain tehtyä tai tuotettua: pidetyt työpajat, kirjoitettu malli, avattu palvelu.',
    definitionEn: 'Something produced or done: workshops held, a model written, a service opened.',
  },
};

const practicePhases: ListLabels<'PracticePhase'> = {
  PILOT: { nameFi: 'kokeilu', nameEn: 'pilot' },
  IN_DEVELOPMENT: { nameFi: 'kehitteillä', nameEn: 'in development' },
  COMPLETED: { nameFi: 'valmis', nameEn: 'completed' },
  ESTABLISHED: { nameFi: 'vakiintunut (pysyvä toiminta)', nameEn: 'established in permanent use' },
};

const projectStatuses: ListLabels<'ProjectStatus'> = {
  PLANNED: { nameFi: 'suunniteltu', nameEn: 'planned' },
  ONGOING: { nameFi: 'käynnissä', nameEn: 'ongoing' },
  COMPLETED: { nameFi: 'päättynyt', nameEn: 'completed' },
};

const municipalityRoles: ListLabels<'MunicipalityRole'> = {
  APPLICANT: { nameFi: 'hakija', nameEn: 'applicant' },
  IMPLEMENTER: { nameFi: 'toteuttaja', nameEn: 'implementer' },
  PARTNER: { nameFi: 'kumppani', nameEn: 'partner' },
};

const partnerRoles: ListLabels<'PartnerRole'> = {
  DEVELOPMENT_PARTNER: { nameFi: 'kehittämiskumppani', nameEn: 'development partner' },
  EXPERT: { nameFi: 'asiantuntija', nameEn: 'expert' },
  REFERENCE_MODEL: { nameFi: 'esikuvamalli', nameEn: 'reference model' },
  COOPERATION_PARTNER: { nameFi: 'yhteistyökumppani', nameEn: 'cooperation partner' },
};

const organisationKinds: ListLabels<'OrganisationKind'> = {
  EU_FUND: { nameFi: 'EU-rahasto', nameEn: 'EU fund' },
  STATE_FUND: { nameFi: 'valtion rahasto', nameEn: 'state fund' },
  MINISTRY: { nameFi: 'ministeriö', nameEn: 'ministry' },
  MUNICIPALITY: { nameFi: 'kunta', nameEn: 'municipality' },
  JOINT_MUNICIPAL_AUTHORITY: { nameFi: 'kuntayhtymä', nameEn: 'joint municipal authority' },
  UNIVERSITY: { nameFi: 'yliopisto', nameEn: 'university' },
  COMPANY: { nameFi: 'yritys', nameEn: 'company' },
  PARISH: { nameFi: 'seurakunta', nameEn: 'parish' },
  NGO: { nameFi: 'järjestö', nameEn: 'NGO' },
};

const periodPrecisions: ListLabels<'PeriodPrecision'> = {
  DAY: { nameFi: 'päivän tarkkuudella', nameEn: 'to the day' },
  MONTH: { nameFi: 'kuukauden tarkkuudella', nameEn: 'to the month' },
  YEAR: {
    nameFi: 'vuoden tarkkuudella',
    nameEn: 'to the year',
    definitionFi: 'Lähde kertoo vain vuodet; päivämäärää ei tiedetä.',
    definitionEn: 'The source gives years only; the day is not known.',
  },
};

const personRoles: ListLabels<'PersonRole'> = {
  CONTACT: { nameFi: 'yhteyshenkilö', nameEn: 'contact' },
  RESPONSIBLE: { nameFi: 'vastuuhenkilö', nameEn: 'responsible person' },
  AUTHOR: { nameFi: 'kuvauksen tekijä', nameEn: 'author' },
  EXPERT: { nameFi: 'asiantuntija', nameEn: 'expert' },
  JOURNALIST: { nameFi: 'toimittaja', nameEn: 'journalist' },
};

const placeKinds: ListLabels<'PlaceKind'> = {
  SCHOOL: { nameFi: 'koulu', nameEn: 'school' },
  SERVICE_POINT: { nameFi: 'palvelupiste', nameEn: 'service point' },
  SERVICE_AREA: { nameFi: 'palvelualue', nameEn: 'service area' },
  MUNICIPALITY: { nameFi: 'kunta', nameEn: 'municipality' },
  REGION: { nameFi: 'alue', nameEn: 'region' },
};

const placeRoles: ListLabels<'PlaceRole'> = {
  IMPLEMENTATION: { nameFi: 'toteutuspaikka', nameEn: 'implementation' },
  PILOT: { nameFi: 'kokeilupaikka', nameEn: 'pilot' },
  ROLLOUT: { nameFi: 'levityspaikka', nameEn: 'rollout' },
  STUDY_VISIT: { nameFi: 'opintokäynti', nameEn: 'study visit' },
  ORIGIN_OF_MODEL: { nameFi: 'mallin alkuperä', nameEn: 'origin of the model' },
};

const sourceGenres: ListLabels<'SourceGenre'> = {
  MUNICIPAL_PROJECT_PAGE: { nameFi: 'kunnan hankesivu', nameEn: 'municipal project page' },
  FUNDER_PROJECT_PAGE: { nameFi: 'rahoittajan hankesivu', nameEn: 'funder’s project page' },
  PRACTICE_DESCRIPTION: { nameFi: 'toimintamallin kuvaus', nameEn: 'practice description' },
  CONTEXT_TABLE: { nameFi: 'taustataulukko', nameEn: 'context table' },
};

const missingReasons: Labels<MissingReasonCode> = {
  NOT_REPORTED: {
    nameFi: 'ei raportoitu',
    nameEn: 'not reported',
    definitionFi: 'Lähteet eivät kerro tätä lukua.',
    definitionEn: 'The sources give no such figure.',
  },
  AMOUNT_UNKNOWN: {
    nameFi: 'summa ei tiedossa',
    nameEn: 'amount unknown',
    definitionFi: 'Luku on olemassa, mutta sen suuruutta ei kerrota.',
    definitionEn: 'A figure exists but its amount is not stated.',
  },
  PERIOD_UNKNOWN: {
    nameFi: 'ajankohta ei tiedossa',
    nameEn: 'period unknown',
    definitionFi: 'Lukua ei voi sijoittaa vuosille, koska toteutusaika ei ole tiedossa.',
    definitionEn: 'The figure cannot be placed in years: the period is unknown.',
  },
  NO_POPULATION_FOR_YEAR: {
    nameFi: 'väkiluku puuttuu',
    nameEn: 'no population for the year',
    definitionFi: 'Asukasta kohden laskemiseen tarvittava väkiluku puuttuu jonkin vuoden osalta.',
    definitionEn: 'A year lacks the population needed to divide by.',
  },
  DENOMINATOR_UNKNOWN: {
    nameFi: 'jakaja ei tiedossa',
    nameEn: 'denominator unknown',
    definitionFi: 'Suhdeluvun jakaja ei ole tiedossa.',
    definitionEn: 'The base of the ratio is unknown.',
  },
  NOT_APPLICABLE: {
    nameFi: 'ei sovellu',
    nameEn: 'not applicable',
    definitionFi: 'Lukua ei voi laskea (esim. jakaja on 0 tai kunnalla ei ole hankkeita).',
    definitionEn: 'The figure cannot be computed (e.g. the base is 0, or there are no projects).',
  },
};

const costRoles: Labels<CostRole> = {
  GROSS_COST: {
    nameFi: 'kustannukset (brutto)',
    nameEn: 'gross cost',
    definitionFi:
      'Kunnan osuus hankkeen tai mallin kustannuksista: kunnan osuus budjetista, tai koko kustannus, kun kunta kantaa sen yksin.',
    definitionEn:
      'The municipality’s part of the costs: its share of the budget, or the whole cost when it carries it alone.',
  },
  EXTERNAL_FUNDING: {
    nameFi: 'ulkopuolinen rahoitus',
    nameEn: 'external funding',
    definitionFi: 'Kunnan saamat ulkopuoliset avustukset; ”ei erillisrahoitusta” on tiedossa oleva 0 €.',
    definitionEn: 'External grants the municipality received; “no separate funding” is a known 0 €.',
  },
  NET_OWN_COST: {
    nameFi: 'kunnan nettokustannus',
    nameEn: 'net own cost',
    definitionFi:
      'Kustannukset (brutto) miinus ulkopuolinen rahoitus: mitä kehittäminen maksoi kunnalle itselleen.',
    definitionEn: 'Gross cost minus external funding: what the work cost the municipality itself.',
  },
  WHOLE_BUDGET: {
    nameFi: 'koko hankkeen budjetti',
    nameEn: 'whole project budget',
    definitionFi: 'Koko hankkeen tai konsortion budjetti, kaikki osapuolet yhteensä.',
    definitionEn: 'The whole budget of the project or consortium, all parties together.',
  },
  REST_OF_WHOLE: {
    nameFi: 'muiden osapuolten osuus (johdettu)',
    nameEn: 'the other parties’ part (derived)',
    definitionFi: 'Koko budjetti miinus kunnan osuus: muiden osapuolten osuudet yhteensä, laskettu.',
    definitionEn: 'Whole budget minus the municipality’s share: the other parties’ parts together, computed.',
  },
  EXTERNAL_SHARE_OF_WHOLE: {
    nameFi: 'ulkopuolisen rahoituksen osuus koko budjetista (johdettu)',
    nameEn: 'external funding’s share of the whole budget (derived)',
    definitionFi: 'Ulkopuolinen rahoitus jaettuna koko hankkeen budjetilla, prosentteina.',
    definitionEn: 'External funding divided by the whole project budget, in per cent.',
  },
};

const dateKinds: Labels<DateKind> = {
  PERIOD: {
    nameFi: 'toteutusaika',
    nameEn: 'period',
    definitionFi: 'Milloin hanke tai malli toteutettiin, lähteen antamalla tarkkuudella.',
    definitionEn: 'When the project or practice ran, at the precision the source gives.',
  },
  STATUS_AS_OF: {
    nameFi: 'tila todettu',
    nameEn: 'status as of',
    definitionFi: 'Päivä, jona tila on lähteen mukaan voimassa (lähteen päiväys).',
    definitionEn: 'The date the status is known to hold (the source’s date).',
  },
  RESULTS: { nameFi: 'tulokset valmistuneet', nameEn: 'results completed' },
  PHASE_AS_OF: { nameFi: 'vaihe todettu', nameEn: 'phase as of' },
  CREATED: {
    nameFi: 'kuvaus luotu',
    nameEn: 'description created',
    definitionFi: 'Kuvaussivun luontipäivä – ei kerro, milloin malli oli käytössä.',
    definitionEn: 'When the description page was created – not when the practice ran.',
  },
  MODIFIED: {
    nameFi: 'kuvausta muokattu',
    nameEn: 'description modified',
    definitionFi: 'Kuvaussivun viimeisin muokkaus – ei kerro, milloin malli oli käytössä.',
    definitionEn: 'When the description page was last modified – not when the practice ran.',
  },
  PAGE_DATE: {
    nameFi: 'sivun päiväys',
    nameEn: 'page date',
    definitionFi:
      'Lähdesivulle painettu päiväys ilman selitettä: sivun päiväys, ei toteutusaika eikä mittausaika.',
    definitionEn:
      'A date printed on the source page without a label: the page’s date, not when anything ran or was measured.',
  },
  MEASURED: { nameFi: 'mitattu', nameEn: 'measured' },
  REPORTED: {
    nameFi: 'raportoitu',
    nameEn: 'reported',
    definitionFi: 'Tuloksen kertovan lähteen (esim. tiedotteen) päiväys; mittausajankohtaa ei kerrota.',
    definitionEn:
      'Date of the source (e.g. a press release) that reports the result; when it was measured is not stated.',
  },
  DECISION: { nameFi: 'rahoituspäätös', nameEn: 'funding decision' },
};

const linkStatuses: Labels<LinkStatus> = {
  CURRENT: { nameFi: 'nykyinen', nameEn: 'current' },
  AIM: {
    nameFi: 'tavoite',
    nameEn: 'aim',
    definitionFi: 'Lähde kertoo tämän tavoitteena, ei nykyisenä toimintana.',
    definitionEn: 'The source states this as an aim, not as current work.',
  },
};

const serviceOrganiserKinds: Labels<ServiceOrganiserKind> = {
  WELLBEING_SERVICES_COUNTY: { nameFi: 'hyvinvointialue', nameEn: 'wellbeing services county' },
  CITY_OF_HELSINKI: {
    nameFi: 'Helsingin kaupunki',
    nameEn: 'City of Helsinki',
    definitionFi: 'Helsinki järjestää itse sosiaali- ja terveyspalvelunsa.',
    definitionEn: 'Helsinki organises its own social and health services.',
  },
  ALAND: {
    nameFi: 'Ahvenanmaa',
    nameEn: 'Åland',
    definitionFi: 'Itsehallintoalue, sote-uudistuksen ulkopuolella.',
    definitionEn: 'Autonomous, outside the health and social services reform.',
  },
};

const vocabularies: Labels<VocabularyName> = {
  SECTOR: {
    nameFi: 'toimiala',
    nameEn: 'sector',
    definitionFi: 'Mukana olevat palvelut.',
    definitionEn: 'The services involved.',
  },
  TARGET_GROUP: { nameFi: 'kohderyhmä', nameEn: 'target group' },
  OUTCOME_DOMAIN: { nameFi: 'vaikutusalue', nameEn: 'outcome domain' },
};

const provenances: Labels<Provenance> = {
  CONTEXT: {
    nameFi: 'taustatilasto',
    nameEn: 'context table',
    definitionFi: 'Ladattu lähteensä nimeävästä taustataulukosta (väkiluku).',
    definitionEn: 'Loaded from a context table that names its source (population).',
  },
  DERIVED: {
    nameFi: 'laskettu',
    nameEn: 'derived',
    definitionFi: 'Laskettu kaavalla hanke- ja toimintamallitiedoista.',
    definitionEn: 'Computed by a formula from the project and practice records.',
  },
  IMPORTED: {
    nameFi: 'tuotu tilastosta',
    nameEn: 'imported',
    definitionFi: 'Tuotu virallisesta tilastosta (Sotkanet).',
    definitionEn: 'Imported from official statistics (Sotkanet).',
  },
};

const documentTypes: Labels<DocumentType> = {
  MUNICIPAL_PROJECT_PAGE: { nameFi: 'kunnan hankesivu', nameEn: 'municipal project page' },
  FUNDER_PROJECT_PAGE: { nameFi: 'rahoittajan hankesivu', nameEn: 'funder’s project page' },
  PRACTICE_DESCRIPTION: { nameFi: 'toimintamallin kuvaus', nameEn: 'practice description' },
  PROGRAMME_PAGE: { nameFi: 'ohjelman sivu', nameEn: 'programme page' },
  FINAL_REPORT: { nameFi: 'loppuraportti', nameEn: 'final report' },
  PROGRESS_REPORT: { nameFi: 'väliraportti', nameEn: 'progress report' },
  MINUTES: { nameFi: 'pöytäkirja', nameEn: 'minutes' },
  FUNDING_DECISION: { nameFi: 'rahoituspäätös', nameEn: 'funding decision' },
  NEWS: { nameFi: 'uutinen tai tiedote', nameEn: 'news item' },
  UNKNOWN: {
    nameFi: 'tuntematon',
    nameEn: 'unknown',
    definitionFi: 'Asiakirjassa ei ole minkään tunnetun asiakirjalajin merkkejä.',
    definitionEn: 'The document has none of the known genres’ marks.',
  },
};

const documentLayouts: Labels<DocumentLayout> = {
  LABEL_ON_OWN_LINE: { nameFi: 'otsake omalla rivillään', nameEn: 'label on its own line' },
  INLINE_LABEL: { nameFi: 'otsake ja arvo samalla rivillä', nameEn: 'label and value on one line' },
  PROSE: { nameFi: 'tiedot tekstin lomassa', nameEn: 'figures in running prose' },
};

const draftStatuses: ListLabels<'DraftStatus'> = {
  PENDING: { nameFi: 'odottaa', nameEn: 'pending' },
  ACCEPTED: { nameFi: 'hyväksytty', nameEn: 'accepted' },
  REJECTED: { nameFi: 'hylätty', nameEn: 'rejected' },
  SUPERSEDED: { nameFi: 'korvattu uudemmalla', nameEn: 'superseded' },
};

const draftKinds: ListLabels<'DraftKind'> = {
  PROJECT: { nameFi: 'hanke', nameEn: 'project' },
  PRACTICE: { nameFi: 'toimintamalli', nameEn: 'practice' },
};

const fieldOrigins: ListLabels<'FieldOrigin'> = {
  EXTRACTED: { nameFi: 'luettu', nameEn: 'read' },
  EDITED: { nameFi: 'korjattu', nameEn: 'corrected' },
};

const fieldChangeKinds: ListLabels<'FieldChangeKind'> = {
  ADDED: { nameFi: 'lisätty', nameEn: 'added' },
  REMOVED: { nameFi: 'poistettu', nameEn: 'removed' },
  CHANGED: { nameFi: 'muuttunut', nameEn: 'changed' },
};

/** Every code list with its labels, by the name the API and the dashboard use. */
export const CODE_LABELS = {
  CostKind: costKinds,
  CostBasis: costBases,
  CostRole: costRoles,
  FundingKind: fundingKinds,
  OutcomeDirection: outcomeDirections,
  EvidenceType: evidenceTypes,
  OutcomeKind: outcomeKinds,
  PracticePhase: practicePhases,
  ProjectStatus: projectStatuses,
  MunicipalityRole: municipalityRoles,
  PartnerRole: partnerRoles,
  OrganisationKind: organisationKinds,
  PeriodPrecision: periodPrecisions,
  PersonRole: personRoles,
  PlaceKind: placeKinds,
  PlaceRole: placeRoles,
  SourceGenre: sourceGenres,
  MissingReason: missingReasons,
  DateKind: dateKinds,
  LinkStatus: linkStatuses,
  ServiceOrganiserKind: serviceOrganiserKinds,
  Vocabulary: vocabularies,
  Provenance: provenances,
  DocumentType: documentTypes,
  DocumentLayout: documentLayouts,
  DraftStatus: draftStatuses,
  DraftKind: draftKinds,
  FieldOrigin: fieldOrigins,
  FieldChangeKind: fieldChangeKinds,
} as const satisfies { [L in CodeListName]: ListLabels<L> };

/** The codes of each list in their documented order (the evidence scale weakest first): vocabulary.ts's lists. */
export const CODE_ORDER: Record<CodeListName, readonly string[]> = CODE_LISTS;

/** The label of a code; throws on an unknown one, so a missing label fails a test, not a page. */
export function labelOf(list: CodeListName, code: string): CodeLabel {
  const label = (CODE_LABELS[list] as Record<string, CodeLabel>)[code];
  if (!label) throw new Error(`No label for ${list}.${code}`);
  return label;
}

/** A list's codes with their names in one language ({ PENDING: 'odottaa', … }), in the list's order. */
export function namesOf(list: CodeListName, lang: 'fi' | 'en'): Record<string, string> {
  return Object.fromEntries(
    (CODE_LISTS[list] as readonly string[]).map((code) => {
      const label = labelOf(list, code);
      return [code, lang === 'fi' ? label.nameFi : label.nameEn];
    }),
  );
}

/** One level of the evidence scale with its words (from the labels above). */
export interface EvidenceLevel {
  type: EvidenceType;
  /** 0 = weakest. The scale is ordinal: levels can be compared, not added or averaged. */
  level: number;
  nameFi: string;
  nameEn: string;
  /** Short names ("4 vertailuryhmä" on a page is the level and this). */
  shortFi: string;
  shortEn: string;
  description: string;
  /** The definition in Finnish. */
  descriptionFi: string;
}

/**
 * The documented ordinal evidence scale (GLOSSARY "Outcome domains and evidence"), weakest first: the
 * one scale the API (levels stored and maxed in SQL), packages/indicators and the dashboard share.
 */
export const EVIDENCE_SCALE: readonly EvidenceLevel[] = EVIDENCE_TYPES.map((type, level) => {
  const label = evidenceTypes[type];
  return {
    type,
    level,
    nameFi: label.nameFi,
    nameEn: label.nameEn,
    shortFi: label.shortFi ?? label.nameFi,
    shortEn: label.shortEn ?? label.nameEn,
    description: label.definitionEn ?? label.nameEn,
    descriptionFi: label.definitionFi ?? label.nameFi,
  };
});
