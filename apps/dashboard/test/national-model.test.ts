import { describe, expect, it } from 'vitest';
import topology from '../../../packages/data/context/finland-municipalities-2021.topo.json';
import { mapAreas, type Topology, VIEW } from '../src/national/geo';
import {
  classBreaks,
  classOf,
  groupMedians,
  median,
  rankOf,
  sameSizePeers,
  sizeBand,
} from '../src/national/model';

describe('national view models', () => {
  it('classes: quantile upper bounds; zero is a value, unknown is no class', () => {
    const breaks = classBreaks([0, 0, 1, 2, 3, 4, 5, 6, 7, 100]);
    expect(breaks).toEqual([0, 2, 4, 6, 100]);
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(null, breaks)).toBeNull();
    expect(classOf(undefined, breaks)).toBeNull();
    expect(classOf(5, breaks)).toBe(3);
    expect(classOf(1000, breaks)).toBe(4);
    expect(classBreaks([3, 3, 3])).toEqual([3]);
  });

  it('ranks read "12 / 309"; medians per group skip unknown values', () => {
    expect(rankOf(12, 309)).toBe('12 / 309');
    expect(rankOf(null, 309)).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const medians = groupMedians(
      [
        { g: 'LA', v: 10 },
        { g: 'LA', v: null },
        { g: 'LA', v: 30 },
        { g: 'PI', v: null },
      ],
      (r) => r.g,
      (r) => r.v,
    );
    expect(medians.get('LA')).toBe(20);
    expect(medians.get('PI')).toBeNull();
  });

  it('size peers share the population band', () => {
    expect(sizeBand(4_999)).toBe(0);
    expect(sizeBand(21_467)).toBe(3);
    expect(sizeBand(656_920)).toBe(5);
    const population = new Map([
      ['851', 21_467],
      ['211', 32_214],
      ['020', 16_391],
      ['091', 656_920],
    ]);
    expect(sameSizePeers('851', population)).toEqual(['851', '211']);
    expect(sameSizePeers('999', population)).toEqual([]);
  });

  it('draws all 309 municipalities and the 21 counties (plus Helsinki and Åland’s shape) inside the view', () => {
    const { municipalities, counties } = mapAreas(
      topology as unknown as Topology<{ id: string }, { hva_id: string }>,
    );
    expect(municipalities).toHaveLength(309);
    expect(counties).toHaveLength(22);
    for (const m of municipalities) {
      expect(m.d).toMatch(/^M[\d.]+,[\d.]+L/);
      const [x, y] = m.centre;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(VIEW.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(VIEW.height);
    }
    // North is up: Utsjoki (890) lies above Hanko (078).
    const centre = (code: string) => municipalities.find((m) => m.properties.id === code)?.centre[1] ?? 0;
    expect(centre('890')).toBeLessThan(centre('078'));
  });
});

describe('timeline axis', () => {
  it('runs from the earliest start to the latest end or this year', async () => {
    const { timelineYears } = await import('../src/national/timeline-axis');
    const today = new Date('2026-11-30T00:00:00Z');
    const years = timelineYears(
      [
        { start: '2006-03-01', end: '2009-12-31' },
        { start: '2015-01-01', end: null },
        { start: null, end: null },
      ],
      today,
    );
    expect(years[0]).toBe(2006);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(21);
    expect(timelineYears([{ start: '2020-01-01', end: '2030-06-30' }], today).at(-1)).toBe(2030);
    expect(timelineYears([], today)).toEqual([2026]);
  });
});
