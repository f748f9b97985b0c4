import { toGlobalId } from '../core/record-id';
import { badInput } from './errors';

export { toGlobalId };

/**
 * Relay global object identifiers: opaque, URL-safe, and carrying the type so `node(id)` can find
 * any object. Database ids stay private to the API.
 */
export interface ParsedGlobalId {
  type: string;
  id: string;
}

export function fromGlobalId(globalId: string, field = 'id'): ParsedGlobalId {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (
    sep <= 0 ||
    sep === decoded.length - 1 ||
    toGlobalId(decoded.slice(0, sep), decoded.slice(sep + 1)) !== globalId
  ) {
    throw badInput(field, `"${globalId}" is not a valid global id.`);
  }
  return { type: decoded.slice(0, sep), id: decoded.slice(sep + 1) };
}

/** Parses a global id that must point to `type` and carry a numeric database id. */
export function numericIdOf(type: string, globalId: string, field: string): number {
  const parsed = fromGlobalId(globalId, field);
  const n = Number(parsed.id);
  if (parsed.type !== type || !Number.isSafeInteger(n) || n <= 0) {
    throw badInput(field, `"${globalId}" is not the id of a ${type}.`);
  }
  return n;
}
