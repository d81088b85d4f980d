import { useAppLocation } from '../../app/router';
import { DuplicatesPage } from '../duplicates/DuplicatesPage';
import { DirectoryPage } from './directory/DirectoryPage';
import { EditPersonPage, NewPersonPage } from './form/PersonEditor';
import { PersonView } from './person/PersonView';
import './participants.css';

/**
 * Every `#/participants…` page: the directory, `new`, `duplicates`, `<id>` and
 * `<id>/edit`. App.tsx renders this for the whole route; the parameters choose the page.
 */
export function ParticipantsPage() {
  const [{ params }] = useAppLocation();
  const [first, second] = params;
  if (first === undefined) return <DirectoryPage />;
  if (first === 'new') return <NewPersonPage />;
  if (first === 'duplicates') return <DuplicatesPage />;
  if (second === 'edit') return <EditPersonPage key={first} id={first} />;
  return <PersonView key={first} id={first} />;
}
