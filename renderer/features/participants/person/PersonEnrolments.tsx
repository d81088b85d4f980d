import { formatDateRange } from '../../../../shared/domain/dates';
import { formatMoney, grantPaid, grantTotal } from '../../../../shared/domain/money';
import { useI18n } from '../../../app/i18n';
import { enrolmentStatusLabel, grantStatusLabel, pickText } from '../../../app/labels';
import { hashFor } from '../../../app/routes';
import { roleLabel } from '../labels';
import type { PersonEnrolment, PersonGrant } from './queries';

/** Every enrolment of the person across programmes, newest programme first, each linking to its programme. */
export function PersonEnrolments({ enrolments }: { enrolments: readonly PersonEnrolment[] }) {
  const { t, lang } = useI18n();
  if (enrolments.length === 0) return <p className="empty">{t('participants.person.noEnrolments')}</p>;
  return (
    <div className="table-wrap">
      <table className="pa-table">
        <caption className="visually-hidden">{t('participants.person.enrolments')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('participants.person.programme')}</th>
            <th scope="col">{t('participants.person.dates')}</th>
            <th scope="col">{t('participants.person.role')}</th>
            <th scope="col">{t('participants.person.status')}</th>
          </tr>
        </thead>
        <tbody>
          {enrolments.map(({ enrolment: e, programme: p }) => (
            <tr key={e.id}>
              <th scope="row">
                <a href={hashFor('programmes', e.programmeId)}>
                  {(p && pickText(p.title, lang)) ?? t('participants.person.untitled')}
                </a>
              </th>
              <td className="nowrap">{p ? formatDateRange(p.startDate, p.endDate, lang) : ''}</td>
              <td>{t(roleLabel(e.role))}</td>
              <td>
                <span className={`status status-${e.status}`}>{t(enrolmentStatusLabel(e.status))}</span>
                {e.status === 'waitlisted' && e.waitlistRank !== undefined && (
                  <span className="muted"> {t('participants.person.rank', { rank: e.waitlistRank })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The person's grants: fund, programme, amount and paid in the fund's currency, status. */
export function PersonGrants({ grants }: { grants: readonly PersonGrant[] }) {
  const { t, lang } = useI18n();
  if (grants.length === 0) return <p className="empty">{t('participants.person.noGrants')}</p>;
  return (
    <div className="table-wrap">
      <table className="pa-table">
        <caption className="visually-hidden">{t('participants.person.grants')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('participants.person.fund')}</th>
            <th scope="col">{t('participants.person.programme')}</th>
            <th scope="col" className="num">
              {t('participants.person.amount')}
            </th>
            <th scope="col" className="num">
              {t('participants.person.paid')}
            </th>
            <th scope="col">{t('participants.person.status')}</th>
          </tr>
        </thead>
        <tbody>
          {grants.map(({ grant: g, fund, programme }) => (
            <tr key={g.id}>
              <th scope="row">{fund?.name ?? t('participants.person.unknownFund')}</th>
              <td>
                <a href={hashFor('programmes', g.programmeId)}>
                  {(programme && pickText(programme.title, lang)) ?? t('participants.person.untitled')}
                </a>
              </td>
              <td className="num nowrap">{formatMoney(grantTotal(g), g.currency, lang)}</td>
              <td className="num nowrap">{formatMoney(grantPaid(g), g.currency, lang)}</td>
              <td>
                <span className={`status status-${g.status}`}>{t(grantStatusLabel(g.status))}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
