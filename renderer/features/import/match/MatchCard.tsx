import { personName, type PersonDraft } from '../../../../shared/domain/person-rules';
import type { Id, Person } from '../../../../shared/domain/types';
import type { MatchDecision } from '../../../../shared/io/import-plan';
import type { PreviewRow } from '../../../../shared/io/import-rows';
import { useI18n } from '../../../app/i18n';
import { countryLabel } from '../../participants/intl';
import { chosenPerson, DECISION_CHOICES, decisionOf, type RowMatch } from '../state/decisions';

type Props = {
  match: RowMatch;
  row: PreviewRow;
  person: PersonDraft;
  people: ReadonlyMap<Id, Person>;
  decision: MatchDecision | undefined;
  onDecide: (row: number, decision: MatchDecision) => void;
};

type Facts = { name: string; emails: string; country: string; institution: string; position: string; phone: string };

const FACT_KEYS = ['name', 'emails', 'country', 'institution', 'position', 'phone'] as const;

/**
 * One row of the file beside the person already in the directory it may be:
 * the facts side by side, why they look the same, which person (when several
 * match) and what to do.
 */
export function MatchCard({ match, row, person, people, decision, onDecide }: Props) {
  const { t, lang } = useI18n();
  const sheetRow = row.sheetRow + 1;
  const personId = chosenPerson(match, decision) ?? '';
  const existing = people.get(personId);
  const candidate = match.candidates.find((c) => c.id === personId);
  const country = (code: string | undefined) => (code ? countryLabel(code, lang) : '');
  const incoming: Facts = {
    name: personName(person),
    emails: person.emails ?? '',
    country: country(person.country),
    institution: person.institution ?? '',
    position: person.position ?? '',
    phone: person.phone ?? '',
  };
  const stored: Facts | undefined = existing && {
    name: personName(existing),
    emails: existing.emails.join(', '),
    country: country(existing.country),
    institution: existing.institution ?? '',
    position: existing.position ?? '',
    phone: existing.phone ?? '',
  };
  const action = decision?.action ?? 'create';
  const group = `im-decision-${match.row}`;
  return (
    <article className="im-match-card" aria-labelledby={`${group}-title`}>
      <h3 id={`${group}-title`}>{t('import.match.rowTitle', { row: sheetRow, name: incoming.name })}</h3>
      <table className="im-compare">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('import.match.inFile')}</th>
            <th scope="col">{t('import.match.inDirectory')}</th>
          </tr>
        </thead>
        <tbody>
          {FACT_KEYS.map((key) => (
            <tr key={key} className={stored && stored[key] !== '' && incoming[key] !== '' && stored[key] !== incoming[key] ? 'im-differs' : undefined}>
              <th scope="row">{t(`import.match.facts.${key}`)}</th>
              <td>{incoming[key]}</td>
              <td>{stored ? stored[key] : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {candidate && (
        <p className="im-reasons-line">
          {t('import.match.why')} {candidate.reasons.map((r) => t(`import.match.reasons.${r}`)).join(' · ')}
        </p>
      )}
      {match.candidates.length > 1 && (
        <div className="en-field">
          <label htmlFor={`${group}-person`}>{t('import.match.whichPerson')}</label>
          <select id={`${group}-person`} value={personId} onChange={(e) => onDecide(match.row, decisionOf(action === 'create' || action === 'skip' ? 'fill-empty' : action, e.target.value))}>
            {match.candidates.map((c) => {
              const p = people.get(c.id);
              return (
                <option key={c.id} value={c.id}>
                  {p ? `${personName(p)}${p.country ? ` (${country(p.country)})` : ''}` : c.id}
                </option>
              );
            })}
          </select>
        </div>
      )}
      <fieldset className="im-choice im-decision">
        <legend>{t('import.match.whatToDo', { row: sheetRow })}</legend>
        {DECISION_CHOICES.map((choice) => (
          <label key={choice} className="im-radio">
            <input type="radio" name={group} checked={action === choice} onChange={() => onDecide(match.row, decisionOf(choice, personId))} />
            <span>{t(`import.match.choices.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
    </article>
  );
}
