import { formatValue } from '../format';
import type { ApiError } from '../graphql/client';
import { useTexts } from '../i18n';

/** Loading and error states: the API being down gives a clear message, never a blank page. */
export function Status({ loading, error }: { loading: boolean; error: ApiError | null }) {
  const { t } = useTexts();
  if (error) {
    return (
      <p role="alert" className="error">
        {t.apiDown} ({error.message})
      </p>
    );
  }
  return loading ? (
    <p role="status" className="loading">
      {t.loading}
    </p>
  ) : null;
}

/** "No data" with its reason: visibly different from zero everywhere. */
export function NoData({ reason }: { reason: string | null }) {
  const { t } = useTexts();
  const label = reason ? (t.reasons as Record<string, string>)[reason] : null;
  return (
    <span className="no-data" title={label ?? undefined}>
      {t.noData}
      {label ? ` (${label})` : ''}
    </span>
  );
}

/** A compared value in its unit, or "no data" with the reason. */
export function Value({
  row,
}: {
  row: { value: number | null; unit: string; missingReason: string | null } | null | undefined;
}) {
  const { lang } = useTexts();
  return row?.value != null ? (
    formatValue(row.value, row.unit, lang)
  ) : (
    <NoData reason={row?.missingReason ?? null} />
  );
}
