import { describe, expect, it } from 'vitest';
import { isNameForm } from '../src/municipalities';

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
