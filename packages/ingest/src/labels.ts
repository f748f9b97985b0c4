import { at, type Extracted } from './spans';

/**
 * The value of a labelled field in either layout the genres use: "Label: value" on one line, or the
 * label on its own line and the value on the next non-empty line.
 */
export function labelled(text: string, labels: string[]): Extracted<string> | null {
  for (const label of labels) {
    const re = new RegExp(
      `(?:^|\\n)[ \\t]*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*(?::[ \\t]*([^\\n]+)|\\n(?:[ \\t]*\\n)*[ \\t]*([^\\n]+))`,
      'i',
    );
    const m = re.exec(text);
    if (!m) continue;
    const value = (m[1] ?? m[2] ?? '').trim();
    const start = (m.index as number) + m[0].lastIndexOf(value);
    return at(value, start, start + value.length, m[1] ? 0.9 : 0.95);
  }
  return null;
}
