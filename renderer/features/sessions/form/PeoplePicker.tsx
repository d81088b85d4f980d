import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type KeyboardEvent } from 'react';
import type { Id, Person } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { countryName } from '../../../app/labels';
import { getDatabase } from '../../../db/database';
import { personName } from '../format';
import { MIN_SEARCH_LENGTH, searchPeople, usePeople, type PersonChoice } from '../queries';

/**
 * Chooses people from the directory: type two letters or more of a family name
 * (accents and case do not matter), pick with the arrow keys and Enter or the
 * mouse; each choice becomes a chip that can be removed. An ARIA 1.2 combobox.
 */
export function PeoplePicker({
  id,
  label,
  chosenLabel,
  ids,
  onChange,
}: {
  id: string;
  label: string;
  chosenLabel: string;
  ids: readonly Id[];
  onChange: (ids: Id[]) => void;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // People picked here, so their chip has a name before the live query catches up.
  const [picked, setPicked] = useState<ReadonlyMap<Id, Person>>(new Map());
  const results = useLiveQuery(() => searchPeople(getDatabase(), text), [text]);
  const chosen = usePeople(ids);
  const options = (results ?? []).filter((r) => !ids.includes(r.person.id));
  const searching = text.trim().length >= MIN_SEARCH_LENGTH;
  const expanded = open && searching && options.length > 0;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (choice: PersonChoice) => {
    setPicked((known) => new Map(known).set(choice.person.id, choice.person));
    onChange([...ids, choice.person.id]);
    setText('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // The first press opens the list on the highlighted person; the next ones move.
      if (!expanded) setOpen(true);
      else setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' && expanded) {
      // Enter picks the highlighted person instead of submitting the form.
      e.preventDefault();
      const choice = options[Math.min(active, options.length - 1)];
      if (choice) choose(choice);
    } else if (e.key === 'Escape' && expanded) {
      // Closes the list, not the dialog around it.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && text === '' && ids.length > 0) {
      onChange(ids.slice(0, -1));
    }
  };

  return (
    <div className="st-field st-picker">
      <label htmlFor={id}>{label}</label>
      {ids.length > 0 && (
        <ul className="st-chips" aria-label={chosenLabel}>
          {ids.map((personId) => {
            const person = chosen?.get(personId) ?? picked.get(personId);
            // While the directory is read, an unknown id is not yet "no longer in the directory".
            const name = person ? personName(person) : chosen ? t('sessions.row.unknownPerson') : '…';
            return (
              <li key={personId} className="st-chip">
                <span>{name}</span>
                <button type="button" aria-label={t('sessions.form.pickerRemove', { name })} onClick={() => onChange(ids.filter((x) => x !== personId))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="st-combo">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(Math.min(active, options.length - 1)) : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label={label} className="st-options" hidden={!expanded}>
          {options.map((choice, i) => (
            <li
              key={choice.person.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'st-option st-active' : 'st-option'}
              // Keep focus in the box: a click must not blur it before it lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(choice)}
            >
              <span className="st-option-name">{personName(choice.person)}</span>
              <span className="st-option-detail">
                {[choice.person.country && countryName(choice.person.country, lang), choice.institution].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="st-hint">
        {t('sessions.form.pickerHint')}
      </p>
      <p className="st-hint" role="status">
        {searching && results !== undefined && options.length === 0 && (results.length === 0 ? t('sessions.form.pickerNoMatch', { text: text.trim() }) : '')}
      </p>
    </div>
  );
}
