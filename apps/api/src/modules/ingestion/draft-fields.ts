import {
  DraftFieldError,
  type DraftFieldKind,
  decodeField,
  encodeField,
  type KnownCodes,
  type StoredDraftField,
  type TypedField,
} from '@vertailu/ingest';
import { badInput, type DomainError } from '../../core/domain-error';

/**
 * Draft fields on the API's side: the stored shape and the codec are `@vertailu/ingest`'s (`draft-codec.ts`);
 * here a codec error becomes the one `DomainError`, named by where the caller's input was.
 */
export type DraftFieldData = StoredDraftField;
export { fieldsOfDraft, keyFor, SINGLE_VALUED } from '@vertailu/ingest';

/** The input path of the part of a field the codec refused: "input.set[1].attributes[0].value". */
export function codecError(e: DraftFieldError, path: string): DomainError {
  const where = e.where;
  const at =
    where.part === 'value'
      ? `${path}.value`
      : where.part === 'attributes'
        ? `${path}.attributes`
        : `${path}.attributes[${where.index}].${where.part === 'attributeName' ? 'name' : 'value'}`;
  return badInput(at, e.message);
}

/**
 * Checks a reviewer's field (kind, value, attributes) with the codec against the vocabulary and the
 * known codes, and returns it as stored; `path` names the input in errors ("input.set[1].value").
 */
export function checkFieldInput(
  input: { field: DraftFieldKind; value: string; attributes?: { name: string; value: string }[] | null },
  path: string,
  codes: KnownCodes,
): Omit<DraftFieldData, 'key'> {
  let typed: TypedField;
  try {
    typed = decodeField(input, codes);
  } catch (e) {
    throw e instanceof DraftFieldError ? codecError(e, path) : e;
  }
  // Stored as the codec writes it ("12500.50" is kept as "12500.5"), so every stored value is canonical.
  return {
    ...encodeField(typed),
    start: null,
    end: null,
    passage: null,
    confidence: 1,
    origin: 'EDITED',
  };
}
