// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { NoData, Status } from '../src/components/Status';
import { ApiError } from '../src/graphql/client';

afterEach(cleanup);

const at = (url: string, node: React.ReactNode) =>
  render(<MemoryRouter initialEntries={[url]}>{node}</MemoryRouter>);

describe('missing values and states', () => {
  it('shows "no data" with its reason, in Finnish by default and in English with ?lang=en', () => {
    at('/', <NoData reason="AMOUNT_UNKNOWN" />);
    expect(screen.getByText('ei tietoa (summa ei tiedossa)')).toBeTruthy();
    cleanup();
    at('/?lang=en', <NoData reason="NO_POPULATION_FOR_YEAR" />);
    expect(screen.getByText('no data (no population for the year)')).toBeTruthy();
  });

  it('turns an unreachable API into a clear alert, and loading into a status', () => {
    at('/', <Status loading={false} error={new ApiError('unreachable')} />);
    expect(screen.getByRole('alert').textContent).toContain('Rajapintaan ei saada yhteyttä');
    cleanup();
    at('/?lang=en', <Status loading error={null} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });
});
