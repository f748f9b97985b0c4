/** Page sizes of every connection (kept apart from the decorated types so validation rules can import them). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** The deepest position a page may start at by `offset` (OffsetPageArgs): 40 × the national catalogue. */
export const MAX_OFFSET = 1_000_000;
