/**
 * The `after` cursor that starts a connection's page at `offset` (0-based), or null for the first page.
 * The API's cursors are "offset:<index of the last item before>" in base64url
 * (apps/api/src/graphql/connection.ts); making one lets a page be opened directly from the URL.
 */
export function cursorAt(offset: number): string | null {
  if (offset <= 0) return null;
  return btoa(`offset:${offset - 1}`)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
