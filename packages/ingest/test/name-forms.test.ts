import { describe, expect, it } from 'vitest';
import { findMunicipalities, isNameForm } from '../src/municipalities';
import { nationalRegister } from './register';

describe('isNameForm: a whole phrase as an inflected form of a municipality name', () => {
  it.each([
    ['Lempäälän', 'Lempäälä'],
    ['Vantaalla', 'Vantaa'],
    ['Tornioon', 'Tornio'],
    ['Pietarsaaressa', 'Pietarsaari'],
    ['Järvenpäähän', 'Järvenpää'],
    ['Espooseen', 'Espoo'],
    ['Poriin', 'Pori'],
    ['Lahteen', 'Lahti'],
    ['Helsingissä', 'Helsinki'],
    ['tampereella', 'Tampere'],
    ['Kangasalle', 'Kangasala'],
  ])('%s is a form of %s', (phrase, name) => {
    expect(isNameForm(phrase, name)).toBe(true);
  });

  it.each([
    ['Ylitornio', 'Tornio'],
    ['Tornionjoki', 'Tornio'],
    ['Porin kaupunki', 'Pori'],
    ['Vantaa Kerava', 'Vantaa'],
  ])('%s is not a form of %s', (phrase, name) => {
    expect(isNameForm(phrase, name)).toBe(false);
  });
});

describe('findMunicipalities: the word index finds what the per-name patterns find', () => {
  const register = nationalRegister();
  it('every form isNameForm accepts is found in running text, at the same offsets in any letter case', () => {
    const text = 'Työ alkoi TORNIOSSA ja levisi Kangasalle, Lahteen, Pietarsaareen ja järvenpääläisille.';
    const found = findMunicipalities(text, register).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['TORNIOSSA', 'Kangasalle', 'Lahteen', 'Pietarsaareen', 'järvenpääläisille']);
    for (const phrase of found) expect(register.some((m) => isNameForm(phrase, m.nameFi))).toBe(true);
  });

  it('a text whose lower case changes its length (İ) is read with the Unicode patterns, offsets kept', () => {
    const text = 'İ Työ alkoi Torniossa ja jatkuu Lahdessa.';
    const hits = findMunicipalities(text, register);
    expect(hits.map((m) => text.slice(m.start, m.end))).toEqual(['Torniossa', 'Lahdessa']);
  });

  it('a name inside a longer word is no mention', () => {
    expect(findMunicipalities('Tornionjokilaakso ja Lahtelainen', register).map((m) => m.value)).toEqual([
      '398',
    ]);
  });
});
