import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../src/document';
import { findFundersByShape } from '../src/funders';
import { detectType } from '../src/genre';
import { findMunicipalities, mainMunicipality, mentionRole } from '../src/municipalities';
import { findName } from '../src/name';
import { findPeriods } from '../src/numbers';
import { findQuantitativeOutcomes } from '../src/outcomes';
import { findPartners } from '../src/partners';
import { nationalRegister } from './register';

/**
 * The mechanisms behind the corpus scores, each on sentences written for this test (not taken from
 * the corpus): they must hold for any municipality, funder or project, not for the documents tuned on.
 */
const register = nationalRegister();
const main = (text: string) => mainMunicipality(text, register)?.value ?? null;

describe('municipality from the whole national register, by the role of each mention', () => {
  it('knows all 309 municipalities of 2021 and their inflected forms, illative included', () => {
    expect(register).toHaveLength(309);
    const codes = (t: string) => findMunicipalities(t, register).map((m) => m.value);
    expect(codes('Malli levisi Tornioon ja Pietarsaareen.')).toEqual(['851', '598']);
    expect(codes('Työ jatkuu Pietarsaaressa ja Akaaseen.')).toEqual(['598', '020']);
    expect(codes('Hakija: Auran kunta')).toEqual(['019']);
  });

  it('an applicant label outweighs passing mentions; an address, an exclusion or an example weighs nothing', () => {
    expect(main('Hakija: Auran kunta\nMalli kehitettiin Turun ja Liedon kokemusten pohjalta.')).toBe('019');
    expect(
      main('Hakijan virallinen nimi: Lapin ammattikorkeakoulu Oy\nPostitoimipaikka: Rovaniemi'),
    ).toBeNull();
    expect(main('Yhteystiedot\nKatu 1\n96100 Rovaniemi')).toBeNull();
    expect(
      main('Kustannukset jaetaan kuntien kesken (ilman Oulua). Savonlinnan kaupunki hallinnoi hanketta.'),
    ).toBe('740');
  });

  it('a region, a joint authority or a list of places is not one municipality', () => {
    const text = 'Mukana ovat Kemin, Tornion ja Keminmaan perhekeskukset.';
    const hits = findMunicipalities(text, register);
    expect(hits.map((h) => mentionRole(text, h.start, h.end, hits))).toEqual(['REGION', 'REGION', 'REGION']);
    expect(main(text)).toBeNull();
    expect(main('Hanke toimii Kuopion ja Siilinjärven kuntayhtymän alueella.')).toBeNull();
    expect(main('Yhteistyössä Vaasan yliopiston kanssa.')).toBeNull();
  });
});

describe('document types by their fixed marks', () => {
  it.each([
    ['Hankekoodi: S12345\nHankkeen nimi: Testi', 'FUNDER_PROJECT_PAGE'],
    ['Otsikko\n\nKokonaisuuden nimi\nOhjelma', 'PROGRAMME_PAGE'],
    ['Malli\n\nKehittämisen polku\n\nTekstiä.', 'PRACTICE_DESCRIPTION'],
    [
      'SALON KAUPUNKI\nSosiaalilautakunta\nPöytäkirja 3/2020\n\n§ 12 Hankkeen käynnistäminen\nTekstiä.',
      'MINUTES',
    ],
    ['Perheet keskiöön -hankkeen loppuraportti\n\nTekstiä.', 'FINAL_REPORT'],
    ['Väliraportti 2022\n\nTekstiä.', 'PROGRESS_REPORT'],
    ['Avustuspäätös\n\nTekstiä.', 'FUNDING_DECISION'],
    ['Uusi hanke alkaa\n\nTiedote 3.2.2021\n\nTekstiä.', 'NEWS'],
    ['1. Johdanto\nTekstiä.\n2. Tausta\nTekstiä.', 'UNKNOWN'],
  ])('%j → %s', (text, type) => {
    expect(detectType(text).type).toBe(type);
  });
});

describe('names from the right line', () => {
  it('news: the project named in the text, never the headline; none when none is named', () => {
    const text = 'Kaupunki sai rahaa perheille\n\nTiedote 1.2.2020\n\nPerheiden arki -hanke alkaa syksyllä.';
    expect(findName(text, 'PROSE', 'NEWS')?.value).toBe('Perheiden arki -hanke');
    expect(findName('Rahaa perheille\n\nTiedote\n\nMinisteriö jakoi rahaa.', 'PROSE', 'NEWS')).toBeNull();
  });
  it('minutes: the title of the § with a body; a report: the project it reports on', () => {
    const minutes =
      'Pöytäkirja\n\n- 3 § Laillisuus\n\n7 § Nuorten tuki -kokeilu\nKaupunki aloittaa kokeilun.';
    expect(findName(minutes, 'PROSE', 'MINUTES')?.value).toBe('Nuorten tuki -kokeilu');
    expect(findName('Perhetupa-hankkeen väliraportti\n\nTekstiä.', 'PROSE', 'PROGRESS_REPORT')?.value).toBe(
      'Perhetupa-hanke',
    );
  });
  it('a letterhead line is not the title', () => {
    expect(findName('SALON KAUPUNKI\nPERHETYÖN KEHITTÄMINEN\nTekstiä.', 'PROSE', 'UNKNOWN')?.value).toBe(
      'PERHETYÖN KEHITTÄMINEN',
    );
  });
});

describe('funders by the grammar of funding, not by a list', () => {
  it.each([
    ['Hanke on saanut Kevalta kehittämisrahaa 15 000 euroa.', 'Keva'],
    ['Rahoittajana toimii Suomen Kulttuurirahasto.', 'Suomen Kulttuurirahasto'],
    ['LähiTapiola myönsi hankkeelle tukea.', null],
    ['OP-säätiö myönsi hankkeelle tukea.', 'OP-säätiö'],
    ['STEA:n hallitus on päättänyt avustuksesta.', 'STEA'],
    ['Hanke tukee perheitä.', null],
  ])('%j → %s', (text, funder) => {
    expect(findFundersByShape(text)[0]?.value ?? null).toBe(funder);
  });
});

describe("what stands inside the record's name is part of the name", () => {
  it('a funder in the name is no funder, in the name field or in its copy in the page heading', () => {
    const name = 'Kerhotoiminnan malli STM:n tukemille kerhoille';
    const text = `Etusivu › Toimintamallit\n\n${name}\n\nKehitteillä\n\nToimintamallin nimi\n${name}\n\nKuvaus\nMalli auttaa kerhojen ohjaajia.\n`;
    const draft = ingestDocument(text, { municipalities: register });
    expect(draft.name?.value).toBe(name);
    expect(draft.funders).toEqual([]);
    // Named in a sentence of its own, the same funder is the record's funder.
    const funded = ingestDocument(`${text}\nSTM rahoitti mallin kokeilun.\n`, { municipalities: register });
    expect(funded.funders.map((f) => f.value)).toEqual(['STM']);
  });
});

describe('a percentage is a result only with a measured change or result', () => {
  const values = (t: string) => findQuantitativeOutcomes(t).map((o) => o.value.value);
  it.each([
    ['Asiakaskyselyssä 74 % vanhemmista koki saaneensa tukea.', [74]],
    ['Jonotusaika lyheni 30 %.', [30]],
    ['Alueen lapsista 14 % on lastensuojelun asiakkaina.', []],
    ['Valtio rahoitti hanketta 75 % kokonaiskuluista.', []],
    ['Työntekijät käyttivät hankkeeseen 10 % työajastaan.', []],
    ['Osuuden arvioidaan kasvavan 12 %:sta 15 %:iin vuoteen 2035.', []],
    ['Kansallisesti osuus on noussut 8 prosenttiin.', []],
  ])('%j → %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('periods and partners', () => {
  it('the ESR register period; a programme period is not the project period', () => {
    expect(findPeriods('Toteutusaika: Alkaa 1.3.2016 ja päättyy 28.2.2018').map((p) => p.value)).toEqual([
      { start: '2016-03-01', end: '2018-02-28', precision: 'DAY' },
    ]);
    expect(findPeriods('Osa Kestävää kasvua 2014–2020 -ohjelmaa.')).toEqual([]);
  });
  it('partner names: genitive modifiers, compounds, aliases; sentence starts dropped', () => {
    const names = (t: string) => findPartners(t).map((p) => `${p.value.name}:${p.value.role}`);
    expect(names('Yhteistyössä Vaasan yliopistokeskuksen kanssa.')).toEqual([
      'Vaasan yliopistokeskus:DEVELOPMENT_PARTNER',
    ]);
    expect(names('Mukana on Lasten ja nuorten säätiö (LNS). Työtä tehdään LNS:n kanssa.')).toEqual([
      'Lasten ja nuorten säätiö:DEVELOPMENT_PARTNER',
    ]);
  });
});

describe('grants in prose and partner values without their labels', () => {
  it('a grant from a funder named only by the grammar; a partner on the line under its label', () => {
    const d = ingestDocument(
      'Perhetupa-hanke\n\nHakija: Auran kunta\n\nToteuttaja\nKumppania Oy\n\nHanke on saanut Kevalta kehittämisrahaa 15 000 euroa.\n',
      { municipalities: register },
    );
    expect(d.amounts.map((a) => a.value)).toEqual([{ euros: 15000, role: 'GRANT', funder: 'Keva' }]);
    expect(d.funders.map((f) => f.value)).toEqual(['Keva']);
    expect(d.partners.map((p) => p.value.name)).toEqual(['Kumppania Oy']);
    expect(d.municipality?.value).toBe('019');
    expect(d.applicant?.value).toBe('Auran kunta');
  });
});
