import { useLiveQuery } from 'dexie-react-hooks';
import { seatsTaken } from '../../../../shared/domain/enrolment-rules';
import { SEATED_ENROLMENT_STATUSES } from '../../../../shared/domain/transitions';
import type { EnrolmentRole, EnrolmentStatus, Programme } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { getDatabase } from '../../../db/database';

type Props = {
  programme: Pick<Programme, 'id' | 'capacity'> | undefined;
  status: EnrolmentStatus;
  role: EnrolmentRole;
  /** Rows ready to import, once the rows are checked. */
  rows: number | undefined;
};

/**
 * Before staff import people straight into places: how many of the
 * programme's places are free, and, when the file has more rows than that,
 * that the import would be refused (all or nothing) and what to do instead.
 */
export function PlacesNote({ programme, status, role, rows }: Props) {
  const { tn } = useI18n();
  const taken = useLiveQuery(
    async () => (programme ? seatsTaken(await getDatabase().enrolments.where('programmeId').equals(programme.id).toArray()) : undefined),
    [programme?.id],
  );
  const capacity = programme?.capacity;
  if (capacity === undefined || taken === undefined || role !== 'participant' || !SEATED_ENROLMENT_STATUSES.includes(status)) return null;
  const free = Math.max(0, capacity - taken);
  const short = rows !== undefined && rows > free;
  return (
    <p className={short ? 'im-places im-places-short' : 'im-places muted'} role={short ? 'alert' : undefined}>
      {tn('import.action.placesFree', free, { capacity })}
      {short && ` ${tn('import.action.placesShort', rows, { free })}`}
    </p>
  );
}
