import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { formatDate } from '../format';
import { useTexts } from '../i18n';
import { MunicipalityPicker } from '../national/MunicipalityPicker';
import { CountyFilter } from './CountyFilter';

/** Skip link, header with navigation, language switch and the playground link; pages below; a print footer. */
export function Layout() {
  const { t, lang } = useTexts();
  const [params] = useSearchParams();
  const location = useLocation();
  const withParams = (path: string) => `${path}${params.toString() ? `?${params}` : ''}`;
  const switched = new URLSearchParams(params);
  if (lang === 'fi') switched.set('lang', 'en');
  else switched.delete('lang');
  return (
    <div className="app" lang={lang}>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="header">
        <div>
          <h1 className="brand">{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
        </div>
        <nav aria-label={lang === 'fi' ? 'Päävalikko' : 'Main'}>
          <NavLink to={withParams('/')} end>
            {t.overview}
          </NavLink>
          <NavLink to={withParams('/costs')}>{t.costs}</NavLink>
          <NavLink to={withParams('/effectiveness')}>{t.effectiveness}</NavLink>
          <NavLink to={withParams('/cost-effectiveness')}>{t.costEffectiveness}</NavLink>
          <NavLink to={withParams('/timeline')}>{lang === 'fi' ? 'Aikajana' : 'Timeline'}</NavLink>
          <NavLink to={withParams('/catalogue')}>{t.catalogue}</NavLink>
          <NavLink to={withParams('/map')}>{lang === 'fi' ? 'Kartta' : 'Map'}</NavLink>
          <NavLink to={withParams('/review')}>{lang === 'fi' ? 'Tarkastus' : 'Review'}</NavLink>
          <a href="/graphql">{t.playground}</a>
          <NavLink
            to={`${location.pathname}${switched.toString() ? `?${switched}` : ''}`}
            lang={lang === 'fi' ? 'en' : 'fi'}
            data-testid="lang-switch"
          >
            {t.language}
          </NavLink>
        </nav>
        <CountyFilter />
        <MunicipalityPicker />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="print-footer">
        {t.dataSource}. {t.retrieved} {formatDate(new Date().toISOString().slice(0, 10), lang)}. {t.licence}.
      </footer>
    </div>
  );
}
