import type { UiLanguage } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';

/** One tally of the selection (by country, region…): a caption, then each key with its count and a bar. */
export function QuotaTable({
  id,
  caption,
  rows,
  total,
  emptyText,
}: {
  id: string;
  caption: string;
  rows: readonly { key: string; label: string; count: number }[];
  /** What the bars are a share of. */
  total: number;
  emptyText: string;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="en-quota-table">
      <table aria-labelledby={`${id}-caption`}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{t('enrolments.quotas.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={2} className="muted">
                {emptyText}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="en-bar-label">{row.label}</span>
                <span className="en-bar" aria-hidden="true">
                  <span style={{ inlineSize: `${total > 0 ? Math.round((row.count / total) * 100) : 0}%` }} />
                </span>
              </th>
              <td className="num">{formatCount(row.count, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function formatCount(n: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang).format(n);
}
