/**
 * Colour means one thing across every chart. Parts of a cost (Okabe–Ito, safe with the common
 * colour-vision deficiencies) are never reused for municipalities, which get a disjoint set (Tol's);
 * single-series charts use neutral ink. Marks only: text always uses --text / --muted (≥ 4.5:1).
 */
export const COST_COLORS: Record<string, string> = {
  NET_OWN_CONTRIBUTION: '#0072B2',
  EXTERNAL_FUNDING_EU: '#E69F00',
  EXTERNAL_FUNDING_STATE_FUND: '#009E73',
  EXTERNAL_FUNDING_MINISTRY: '#CC79A7',
};
export const MUNICIPALITY_COLORS = ['#332288', '#882255', '#999933', '#661100', '#888888', '#DDCC77'];
export const INK = '#3a3a3a';
