/**
 * A record's public id: its type and database id, base64url (a Relay global id). The core names
 * records by it in its errors, because clients never see database ids; decoding a client's id is the
 * transport's job (graphql/global-id.ts).
 */
export function toGlobalId(type: string, id: string | number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}
