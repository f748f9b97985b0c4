import { Link, useSearchParams } from 'react-router';
import { useTexts } from '../i18n';
import { usePageTitle } from './title';

/** An unknown address, municipality or record: says what is missing, never a blank page. */
export function NotFound({ message }: { message?: string }) {
  const { t } = useTexts();
  const [params] = useSearchParams();
  usePageTitle(t.notFound);
  return (
    <section aria-labelledby="not-found-title" data-testid="not-found">
      <h2 id="not-found-title">{t.notFound}</h2>
      <p>{message ?? t.notFoundText}</p>
      <p>
        <Link to={`/${params.get('lang') === 'en' ? '?lang=en' : ''}`}>{t.backHome}</Link>
      </p>
    </section>
  );
}
