import type { MergeableField } from '../../../shared/domain/person-merge';
import { useI18n } from '../../app/i18n';
import type { FieldChoice, FieldRow, Side } from './field-rows';

/** A value as stored, line breaks kept; a dash for nothing (read out as "empty"). */
function Value({ text }: { text: string }) {
  const { t } = useI18n();
  if (text === '') {
    return (
      <span className="dup-empty">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('duplicates.compare.empty')}</span>
      </span>
    );
  }
  return (
    <span className="dup-value" dir="auto">
      {text}
    </span>
  );
}

/**
 * Every field of both records side by side, with a radio on each side where
 * they differ (the choice in force is checked: staff's or the default), and
 * the value the merged person will have.
 */
export function FieldTable({
  rows,
  names,
  onPick,
}: {
  rows: readonly FieldRow[];
  names: Record<Side, string>;
  onPick: (field: MergeableField, choice: FieldChoice) => void;
}) {
  const { t } = useI18n();

  const radio = (row: FieldRow, choice: FieldChoice, label: string) => (
    <input
      type="radio"
      name={`dup-pick-${row.field}`}
      checked={row.chosen === choice}
      onChange={() => onPick(row.field as MergeableField, choice)}
      aria-label={label}
    />
  );

  const sideCell = (row: FieldRow, side: Side) => {
    const value = side === 'left' ? row.left : row.right;
    if (!row.choices.includes(side)) {
      return (
        <td>
          <Value text={value} />
        </td>
      );
    }
    const field = t(row.label);
    const label = t('duplicates.compare.pick', {
      field,
      n: side === 'left' ? 1 : 2,
      value: value === '' ? t('duplicates.compare.empty') : value,
    });
    return (
      <td className={row.chosen === side ? 'dup-chosen' : undefined}>
        <label className="dup-pick">
          {radio(row, side, label)}
          <Value text={value} />
        </label>
      </td>
    );
  };

  const resultCell = (row: FieldRow) => (
    <td className="dup-result">
      {row.choices.includes('both') && (
        <label className={`dup-pick dup-both${row.chosen === 'both' ? ' dup-chosen' : ''}`}>
          {radio(row, 'both', t('duplicates.compare.pickBoth', { field: t(row.label) }))}
          <span>{t('duplicates.compare.keepBoth')}</span>
        </label>
      )}
      {row.result !== undefined && <Value text={row.result} />}
      {row.mode === 'union' && !row.same && <span className="dup-detail">{t('duplicates.compare.bothKept')}</span>}
    </td>
  );

  return (
    <div className="table-wrap">
      <table className="dup-fields">
        <caption>{t('duplicates.compare.fieldsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('duplicates.compare.field')}</th>
            <th scope="col">
              {t('duplicates.compare.record', { n: 1 })}
              <span className="dup-detail">
                <bdi>{names.left}</bdi>
              </span>
            </th>
            <th scope="col">
              {t('duplicates.compare.record', { n: 2 })}
              <span className="dup-detail">
                <bdi>{names.right}</bdi>
              </span>
            </th>
            <th scope="col">{t('duplicates.compare.result')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={row.same ? 'dup-same' : undefined}>
              <th scope="row">
                {t(row.label)}
                {row.same && row.mode === 'choose' && <span className="dup-detail">{t('duplicates.compare.same')}</span>}
              </th>
              {sideCell(row, 'left')}
              {sideCell(row, 'right')}
              {resultCell(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
