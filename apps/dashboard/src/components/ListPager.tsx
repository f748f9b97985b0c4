import { useNationalTexts } from '../national/texts';
import { serverPage } from '../view/scale';
import { Pager } from './Pager';

/**
 * The count and paging of a list of projects and practices in one order (the API's `catalogue`):
 * "Hankkeet ja toimintamallit 51–100 / 25004", with how many of each kind, under `testId`.
 */
export function ListPager({
  of,
  page,
  size,
  label,
  onPage,
  testId,
}: {
  of: { totalCount: number; projectCount: number; practiceCount: number; edges: unknown[] };
  page: number;
  size: number;
  label: string;
  onPage: (page: number) => void;
  testId: string;
}) {
  const { n } = useNationalTexts();
  const paged = serverPage(page * size, of.edges.length, of.totalCount, size);
  return (
    <div className="list-pager">
      <Pager of={paged} label={label} onPage={onPage} testId={`${testId}-count`} />
      {of.projectCount > 0 && of.practiceCount > 0 && (
        <small data-testid={`${testId}-kinds`}>{n.ofWhich(of.projectCount, of.practiceCount)}</small>
      )}
    </div>
  );
}
