/**
 * SQLite's LOWER() and LIKE fold ASCII only, so "Järvenpää" would not match "JÄRVENPÄÄ" there.
 * We store a lower-cased copy of a record's texts plus an accent-folded copy (ä→a, ö→o, å→a), and
 * match the lower-cased search term against it with LIKE: the same query works on both databases,
 * and "jarvenpaa" finds "Järvenpää" too.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fi-FI').replace(/\s+/g, ' ').trim();
}

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function searchTextOf(...parts: (string | null | undefined)[]): string {
  const lower = normalizeForSearch(parts.filter(Boolean).join(' \n '));
  const folded = foldAccents(lower);
  return folded === lower ? lower : `${lower}\n${folded}`;
}

/** A LIKE pattern matching `term` anywhere; `\` escapes the user's own % and _. */
export function likePattern(term: string): string {
  return `%${normalizeForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
