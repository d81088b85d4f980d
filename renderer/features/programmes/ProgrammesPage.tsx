import { formatDateRange } from '../../../shared/domain/dates';
import type { Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { countryName, kindLabel, pickText, programmeStatusLabel } from '../../app/labels';
import { PageHeader } from '../../components/PageHeader';
import { useProgrammes } from '../../db/hooks';

function placeOf(p: Programme, online: string, lang: 'en' | 'fr' | 'es'): string {
  if (p.venue.mode === 'online') return online;
  const place = `${p.venue.city}, ${countryName(p.venue.country, lang)}`;
  return p.venue.mode === 'hybrid' ? `${place} + ${online}` : place;
}

/** Every programme, newest first. The editor and filters come with the programmes issue. */
export function ProgrammesPage() {
  const { t, tn, lang } = useI18n();
  const programmes = useProgrammes();
  return (
    <>
      <PageHeader title={t('programmes.heading')} intro={t('programmes.intro')} />
      {programmes && programmes.length === 0 && <p className="empty">{t('programmes.empty')}</p>}
      {programmes && programmes.length > 0 && (
        <>
          <p className="muted">{tn('programmes.count', programmes.length)}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('programmes.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('programmes.columns.title')}</th>
                  <th scope="col">{t('programmes.columns.kind')}</th>
                  <th scope="col">{t('programmes.columns.dates')}</th>
                  <th scope="col">{t('programmes.columns.place')}</th>
                  <th scope="col">{t('programmes.columns.status')}</th>
                  <th scope="col" className="num">{t('programmes.columns.enrolled')}</th>
                </tr>
              </thead>
              <tbody>
                {programmes.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.colour && <span className="swatch" style={{ background: p.colour }} aria-hidden="true" />}
                      {pickText(p.title, lang) ?? t('programmes.untitled')}
                    </th>
                    <td>{t(kindLabel(p.kind))}</td>
                    <td className="nowrap">{formatDateRange(p.startDate, p.endDate, lang)}</td>
                    <td>{placeOf(p, t('programmes.online'), lang)}</td>
                    <td>
                      <span className={`status status-${p.status}`}>{t(programmeStatusLabel(p.status))}</span>
                    </td>
                    <td className="num">{new Intl.NumberFormat(lang).format(p.enrolled)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
