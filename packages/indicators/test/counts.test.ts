import { describe, expect, it } from 'vitest';
import { countsByValue } from '../src';

describe('countsByValue', () => {
  it('counts each value once, in code order, the unknown value last', () => {
    expect(countsByValue(['PILOT', null, 'COMPLETED', 'PILOT', null, 'PILOT'])).toEqual([
      { value: 'COMPLETED', count: 1 },
      { value: 'PILOT', count: 3 },
      { value: null, count: 2 },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(countsByValue([])).toEqual([]);
  });
});
