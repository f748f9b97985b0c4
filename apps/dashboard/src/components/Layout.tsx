import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { useTexts } from '../i18n';
import { CountyFilter } from './CountyFilter';

/** Header with navigation, language switch and the playground link; pages render below. */
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
      </header>
      <main>
        <Outlet />
      </main>
    </div>
  );
}
