import { formatDateRange, todayIn } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import { useI18n } from '../../app/i18n';
import { pickText } from '../../app/labels';
import { PageHeader } from '../../components/PageHeader';
import { useCounts, useFunds, useProgrammes } from '../../db/hooks';

/** The year at a glance: counts, what comes next, and each sponsor's budget. */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const counts = useCounts();
  const programmes = useProgrammes();
  const funds = useFunds();
  const today = todayIn();
  const upcoming = (programmes ?? [])
    .filter((p) => p.endDate >= today && p.status !== 'cancelled')
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .slice(0, 5);

  const stats = [
    ['dashboard.programmes', counts?.programmes],
    ['dashboard.people', counts?.people],
    ['dashboard.enrolments', counts?.enrolments],
    ['dashboard.grants', counts?.grants],
  ] as const;

  return (
    <>
      <PageHeader title={t('dashboard.heading')} intro={t('dashboard.intro')} />
      <ul className="stats" aria-label={t('dashboard.heading')}>
        {stats.map(([key, value]) => (
          <li key={key}>
            <span className="stat-value">{value === undefined ? '…' : new Intl.NumberFormat(lang).format(value)}</span>
            <span className="stat-label">{t(key)}</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('dashboard.upcoming')}</h2>
        {programmes && upcoming.length === 0 && <p>{t('dashboard.noUpcoming')}</p>}
        <ul className="plain-list">
          {upcoming.map((p) => (
            <li key={p.id}>
              <strong>{pickText(p.title, lang) ?? t('programmes.untitled')}</strong>{' '}
              <span className="muted">{formatDateRange(p.startDate, p.endDate, lang)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="budgets-heading">
        <h2 id="budgets-heading">{t('dashboard.budgets')}</h2>
        {funds && funds.length === 0 && <p>{t('dashboard.noFunds')}</p>}
        <ul className="plain-list">
          {funds?.map(({ fund, position }) => {
            const money = (v: number) => formatMoney(v, position.currency, lang);
            const share = position.budget > 0 ? Math.min(1, position.committed / position.budget) : 0;
            return (
              <li key={fund.id} className="budget">
                <span>{fund.name}</span>
                <progress max={1} value={share} aria-label={fund.name} />
                <span className="muted">
                  {t('dashboard.committedOf', { committed: money(position.committed), budget: money(position.budget) })}
                  {' · '}
                  {t('dashboard.remaining', { amount: money(position.remaining) })}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
