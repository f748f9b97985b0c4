import { useEffect } from 'react';
import { useTexts } from '../i18n';

/** `<title>` per page and language ("Kustannukset – Vertailu"), and `<html lang>` to match. */
export function usePageTitle(page: string | null | undefined): void {
  const { t, lang } = useTexts();
  useEffect(() => {
    document.title = page ? `${page} – ${t.title}` : `${t.title} – ${t.subtitle}`;
    document.documentElement.lang = lang;
  }, [page, t, lang]);
}
