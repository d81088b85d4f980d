import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ExportPage } from '../features/export/ExportPage';
import { FirstRun } from '../features/first-run/FirstRun';
import { GrantsPage } from '../features/grants/GrantsPage';
import { ImportPage } from '../features/import/ImportPage';
import { ParticipantsPage } from '../features/participants/ParticipantsPage';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { runBackup } from '../features/settings/backup-action';
import { useNotices } from '../components/notices';
import { getDatabase, openDatabase } from '../db/database';
import { readSetting } from '../db/settings';
import { platform } from '../platform';
import { Layout } from './Layout';
import { useI18n } from './i18n';
import type { RouteId } from './routes';
import { useRoute } from './router';

// The calendar carries FullCalendar, the heaviest part of the app: it loads when first opened.
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));

const PAGES: Record<RouteId, ComponentType> = {
  dashboard: DashboardPage,
  programmes: ProgrammesPage,
  calendar: CalendarPage,
  participants: ParticipantsPage,
  grants: GrantsPage,
  import: ImportPage,
  export: ExportPage,
  settings: SettingsPage,
};

type Boot = { state: 'opening' } | { state: 'failed' } | { state: 'first-run' } | { state: 'ready' };

/** Decides what a fresh start shows: the first-run choice only on a new, empty desk. */
async function boot(): Promise<Boot> {
  const db = getDatabase();
  await openDatabase(db);
  const [done, programmes, people] = await Promise.all([
    readSetting(db, 'firstRunDone'),
    db.programmes.count(),
    db.people.count(),
  ]);
  return !done && programmes === 0 && people === 0 ? { state: 'first-run' } : { state: 'ready' };
}

/** The app: opens the database, then shows the first-run screen or the page of the current route. */
export function App() {
  const i18n = useI18n();
  const notices = useNotices();
  const [route, navigate] = useRoute();
  const [status, setStatus] = useState<Boot>({ state: 'opening' });

  useEffect(() => {
    boot().then(setStatus, (error: unknown) => {
      console.error('Opening the database failed', error);
      setStatus({ state: 'failed' });
    });
  }, []);

  useEffect(() => {
    if (status.state === 'ready' || status.state === 'first-run') {
      // Benchmarks read this mark: navigation start → first usable screen.
      if (performance.getEntriesByName('td:interactive').length === 0) performance.mark('td:interactive');
    }
  }, [status.state]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'import' || command === 'export') navigate(command);
        else if (command === 'print') void platform.print();
        else if (command === 'backup') void runBackup(i18n, notices.show);
      }),
    [navigate, i18n, notices],
  );

  if (status.state === 'opening') {
    return (
      <Layout route={null}>
        <p className="loading">{i18n.t('app.loading')}</p>
      </Layout>
    );
  }
  if (status.state === 'failed') {
    return (
      <Layout route={null}>
        <p role="alert" className="fatal">
          {i18n.t('errors.storageUnavailable')}
        </p>
      </Layout>
    );
  }
  if (status.state === 'first-run') {
    return (
      <Layout route={null}>
        <FirstRun onDone={() => setStatus({ state: 'ready' })} />
      </Layout>
    );
  }
  const Page = PAGES[route];
  return (
    <Layout route={route}>
      <Suspense fallback={<p className="loading">{i18n.t('app.loading')}</p>}>
        <Page />
      </Suspense>
    </Layout>
  );
}
