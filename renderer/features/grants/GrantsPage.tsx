import { formatMoney } from '../../../shared/domain/money';
import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';
import { useFunds } from '../../db/hooks';

/** Sponsors' funds and where each budget stands. Grant editing comes with the grants work. */
export function GrantsPage() {
  const { t, lang } = useI18n();
  const funds = useFunds();
  return (
    <>
      <PageHeader title={t('grants.heading')} intro={t('grants.intro')} />
      <section aria-labelledby="funds-heading">
        <h2 id="funds-heading">{t('grants.fundsHeading')}</h2>
        {funds && funds.length === 0 && <p className="empty">{t('grants.noFunds')}</p>}
        {funds && funds.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('grants.columns.fund')}</th>
                  <th scope="col">{t('grants.columns.sponsor')}</th>
                  <th scope="col" className="num">{t('grants.columns.grants')}</th>
                  <th scope="col" className="num">{t('grants.columns.budget')}</th>
                  <th scope="col" className="num">{t('grants.columns.committed')}</th>
                  <th scope="col" className="num">{t('grants.columns.paid')}</th>
                  <th scope="col" className="num">{t('grants.columns.remaining')}</th>
                </tr>
              </thead>
              <tbody>
                {funds.map(({ fund, sponsor, position }) => {
                  const money = (v: number) => formatMoney(v, position.currency, lang);
                  return (
                    <tr key={fund.id}>
                      <th scope="row">{fund.name}</th>
                      <td>{sponsor?.name ?? '—'}</td>
                      <td className="num">{position.grantCount}</td>
                      <td className="num">{money(position.budget)}</td>
                      <td className="num">{money(position.committed)}</td>
                      <td className="num">{money(position.paid)}</td>
                      <td className={position.remaining < 0 ? 'num over' : 'num'}>{money(position.remaining)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
