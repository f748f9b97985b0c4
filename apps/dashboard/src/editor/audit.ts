/** An audit entry's before/after (JSON snapshots of the row) as the fields that changed. */
export interface FieldDiff {
  field: string;
  before: string;
  after: string;
}

function parsed(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const shown = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** Only what differs; bookkeeping columns (version, timestamps) are left out, they change every time. */
export function auditDiff(before: string | null, after: string | null): FieldDiff[] {
  const a = parsed(before);
  const b = parsed(after);
  const skip = new Set(['version', 'updatedAt', 'createdAt', 'searchText']);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !skip.has(k) && shown(a[k]) !== shown(b[k]))
    .sort()
    .map((field) => ({ field, before: shown(a[field]), after: shown(b[field]) }));
}
