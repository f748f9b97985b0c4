import { describe, expect, it } from 'vitest';
import { pageMatcher } from '../src/http/dashboard';

describe('the dashboard’s page list', () => {
  const match = pageMatcher(['', 'costs', 'item/:id', 'municipality/:code', 'review/:id']);

  it('matches the pages and reads their parameters', () => {
    expect(match('/')).toEqual({ pattern: '', params: {} });
    expect(match('/costs')).toEqual({ pattern: 'costs', params: {} });
    expect(match('/costs/')).toEqual({ pattern: 'costs', params: {} });
    expect(match('/municipality/020')).toEqual({ pattern: 'municipality/:code', params: { code: '020' } });
    expect(match('/item/UHJvamVjdDoz')).toEqual({ pattern: 'item/:id', params: { id: 'UHJvamVjdDoz' } });
    expect(match('/item/J%C3%A4rvenp%C3%A4%C3%A4')?.params.id).toBe('Järvenpää');
  });

  it('matches nothing else', () => {
    for (const path of ['/no-such-page', '/costs/extra', '/item', '/item/a/b', '/costsx', '/municipality/'])
      expect(match(path), path).toBeNull();
  });
});
