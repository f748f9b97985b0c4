/** A page of a list as the core reads it: how many, from which position (the transport decodes cursors). */
export interface Page {
  limit: number;
  offset: number;
}
