import { lazy, Suspense } from 'react';
import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';
import { ImportHistory } from './ImportHistory';
import './import.css';

// The wizard carries the import core (country names, header synonyms, matching):
// it loads when the Import page is first opened, not with the app.
const Wizard = lazy(() => import('./wizard/Wizard').then((m) => ({ default: m.Wizard })));

/** The Import page: the spreadsheet wizard, and under it the history of imports with Undo. */
export function ImportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('import.heading')} intro={t('import.intro')} />
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        <Wizard />
      </Suspense>
      <ImportHistory />
    </>
  );
}
