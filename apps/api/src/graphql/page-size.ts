/** Page sizes of every connection (kept apart from the decorated types so validation rules can import them). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
