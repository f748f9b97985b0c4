import { useSearchParams } from 'react-router';
import { useNationalTexts } from '../national/texts';
import { countText, type PageOf } from '../view/scale';

/** The page number kept in the URL under `key` (0-based; `?key=` holds it 1-based, absent on the first page). */
export function usePageParam(key: string): [number, (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, (Number(params.get(key)) || 1) - 1);
  const set = (next: number) => {
    const copy = new URLSearchParams(params);
    if (next > 0) copy.set(key, String(next + 1));
    else copy.delete(key);
    setParams(copy);
  };
  return [page, set];
}

type Count = Pick<PageOf<never>, 'from' | 'to' | 'total'>;

/**
 * A long list's visible count and paging: "Kunnat 26–50 / 309", previous and next. Nothing is cut
 * silently: the count says how many there are and which of them are shown. Two lists paged side by
 * side (projects and practices) give one count each.
 */
export function Pager({
  of,
  label,
  onPage,
  testId,
  counts,
}: {
  of: Pick<PageOf<never>, 'page' | 'pages'> & Partial<Count>;
  label: string;
  onPage: (page: number) => void;
  testId?: string;
  counts?: { label: string; of: Count | null; testId: string }[];
}) {
  const { n } = useNationalTexts();
  const shown = counts ?? [{ label, of: of as Count, testId: testId ?? 'count' }];
  return (
    <div className="pager">
      {shown.map(
        (c) =>
          c.of && (
            <span key={c.testId} data-testid={c.testId} aria-live="polite">
              {c.label} {countText(c.of)}
            </span>
          ),
      )}
      {of.pages > 1 && (
        <>
          <button type="button" disabled={of.page === 0} onClick={() => onPage(of.page - 1)}>
            {n.previous}
          </button>
          <button type="button" disabled={of.page >= of.pages - 1} onClick={() => onPage(of.page + 1)}>
            {n.next}
          </button>
        </>
      )}
    </div>
  );
}
