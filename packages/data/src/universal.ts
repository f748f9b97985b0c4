/**
 * `@vertailu/data/vocabulary`: the browser-safe entry of the data package — the one vocabulary of codes,
 * their Finnish and English labels, the evidence scale, and the data set's types. Nothing here reads a
 * file, so the dashboard, the pure packages and the API all import the same codes from one place
 * (the package root adds the file loader, for node only).
 */
export * from './labels';
export type * from './types';
export * from './vocabulary';
