import { useSearchParams } from 'react-router';
import { useQuery } from '../graphql/client';
import { CountiesDocument } from '../graphql/generated';
import { useTexts } from '../i18n';

/**
 * Narrows every page to one wellbeing services county (hyvinvointialue): at national scale a planner
 * compares within the county that organises the services. Hidden while the data has only one.
 */
export function CountyFilter() {
  const { t } = useTexts();
  const [params, setParams] = useSearchParams();
  const counties = useQuery(CountiesDocument, {}).data?.wellbeingServicesCounties ?? [];
  if (counties.length < 2) return null;
  const choose = (county: string) => {
    const next = new URLSearchParams(params);
    if (county) next.set('county', county);
    else next.delete('county');
    setParams(next);
  };
  return (
    <label className="county-filter">
      {t.county}{' '}
      <select
        data-testid="county"
        value={params.get('county') ?? ''}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="">{t.allCounties}</option>
        {counties.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
