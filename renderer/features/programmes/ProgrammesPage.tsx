import { useAppLocation } from '../../app/router';
import { EditProgrammePage, NewProgrammePage } from './ProgrammeEditor';
import { ProgrammeList } from './ProgrammeList';
import { ProgrammeView } from './ProgrammeView';

/**
 * Every `#/programmes…` page: the list, `new`, `<id>` and `<id>/edit`.
 * App.tsx renders this for the whole route; the parameters choose the page.
 */
export function ProgrammesPage() {
  const [{ params }] = useAppLocation();
  const [first, second] = params;
  if (first === undefined) return <ProgrammeList />;
  if (first === 'new') return <NewProgrammePage />;
  if (second === 'edit') return <EditProgrammePage key={first} id={first} />;
  return <ProgrammeView key={first} id={first} />;
}
