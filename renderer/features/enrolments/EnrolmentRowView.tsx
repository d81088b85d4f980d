import { nextStatuses } from '../../../shared/domain/transitions';
import type { Enrolment, EnrolmentStatus } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { countryName, enrolmentStatusLabel } from '../../app/labels';
import { shortDay } from './format';
import { roleLabel } from './messages';
import { StatusMenu } from './StatusMenu';
import type { EnrolmentRow } from './view-model';

export type RowActions = {
  change: (enrolment: Enrolment, to: EnrolmentStatus) => void;
  move: (enrolment: Enrolment, direction: 'up' | 'down') => void;
};

/** The statuses offered for one enrolment: the allowed moves, without a waiting list for those who take no seat. */
export function offeredStatuses(enrolment: Enrolment): EnrolmentStatus[] {
  return nextStatuses('enrolment', enrolment.status).filter((s) => s !== 'waitlisted' || enrolment.role === 'participant');
}

/** One enrolment in the list: tick box, person, role, status (with rank), and its moves. */
export function EnrolmentRowView({
  row,
  selected,
  onSelect,
  lastRank,
  actions,
}: {
  row: EnrolmentRow;
  selected: boolean;
  onSelect: (checked: boolean, shift: boolean) => void;
  lastRank: number;
  actions: RowActions;
}) {
  const { t, lang } = useI18n();
  const e = row.enrolment;
  const name = row.name || t('enrolments.list.unknownPerson');
  const rank = e.status === 'waitlisted' ? e.waitlistRank : undefined;
  return (
    <tr className={selected ? 'en-selected' : undefined}>
      <td className="en-check">
        <input
          type="checkbox"
          aria-label={t('enrolments.list.selectRow', { name })}
          checked={selected}
          onChange={(ev) => onSelect(ev.target.checked, 'shiftKey' in ev.nativeEvent && ev.nativeEvent.shiftKey === true)}
        />
      </td>
      <th scope="row">
        <span className="en-name">{name}</span>
        {row.institution && <span className="en-sub">{row.institution}</span>}
      </th>
      <td>{row.country ? countryName(row.country, lang) : <span className="muted">{t('enrolments.list.noCountry')}</span>}</td>
      <td>{t(roleLabel(e.role))}</td>
      <td>
        <span className={`en-status en-status-${e.status}`}>{t(enrolmentStatusLabel(e.status))}</span>
        {rank !== undefined && <span className="en-rank">{t('enrolments.list.rank', { rank })}</span>}
      </td>
      <td className="nowrap">{e.appliedOn ? shortDay(e.appliedOn, lang) : ''}</td>
      <td className="en-actions">
        <StatusMenu
          id={`en-status-${e.id}`}
          label={t('enrolments.list.changeStatusOf', { name })}
          choices={offeredStatuses(e)}
          onChoose={(to) => actions.change(e, to)}
        />
        {rank !== undefined && (
          <span className="en-moves">
            <button type="button" aria-label={t('enrolments.list.moveUp', { name })} disabled={rank <= 1} onClick={() => actions.move(e, 'up')}>
              <span aria-hidden="true">↑</span>
            </button>
            <button type="button" aria-label={t('enrolments.list.moveDown', { name })} disabled={rank >= lastRank} onClick={() => actions.move(e, 'down')}>
              <span aria-hidden="true">↓</span>
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
