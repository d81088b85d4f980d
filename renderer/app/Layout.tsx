import type { ReactNode } from 'react';
import { UI_LANGUAGES } from '../../shared/domain/types';
import { isUiLanguage } from '../../shared/i18n';
import { useI18n } from './i18n';
import { ROUTES, ROUTE_LABELS, hashFor, type RouteId } from './routes';

/** The frame around every page: skip link, title bar with the language switch, navigation. */
export function Layout({ route, children }: { route: RouteId | null; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <label className="language-switch">
          <span>{t('language.label')}</span>
          <select value={lang} onChange={(e) => isUiLanguage(e.target.value) && setLang(e.target.value)}>
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {route && (
        <nav className="sidebar" aria-label={t('app.mainNavigation')}>
          <ul>
            {ROUTES.map((id) => (
              <li key={id}>
                <a href={hashFor(id)} aria-current={id === route ? 'page' : undefined}>
                  {t(ROUTE_LABELS[id])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}
