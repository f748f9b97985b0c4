/** A value found in a document, with the passage it came from and how sure the parser is. */
export interface Extracted<T> {
  value: T;
  /** UTF-16 offsets into the original text: text.slice(start, end) is the passage. */
  start: number;
  end: number;
  /** 0–1: 1 for a labelled field ("Hankenumero\n114463"), lower for figures read from running prose. */
  confidence: number;
}

export function at<T>(value: T, start: number, end: number, confidence: number): Extracted<T> {
  return { value, start, end, confidence };
}
