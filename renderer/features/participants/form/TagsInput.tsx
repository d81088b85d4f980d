import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { cleanTags } from '../../../../shared/domain/person-rules';
import { useI18n } from '../../../app/i18n';
import { getDatabase } from '../../../db/database';

/**
 * Tags as chips: type a tag and press Enter (or a comma) to add it, × to
 * remove one. Tags already in use are offered as you type; repeats are dropped
 * whatever their case.
 */
export function TagsInput({ tags, onChange }: { tags: readonly string[]; onChange: (tags: string[]) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const known = useLiveQuery(() => getDatabase().people.orderBy('tags').uniqueKeys(), []);
  const add = () => {
    if (text.trim() === '') return;
    onChange(cleanTags([...tags, ...text.split(',')]));
    setText('');
  };
  return (
    <div className="pe-field">
      <label htmlFor="pe-tags">{t('participants.fields.tags')}</label>
      {tags.length > 0 && (
        <ul className="pe-chips" aria-label={t('participants.form.chosenTags')}>
          {tags.map((tag) => (
            <li key={tag}>
              <span>{tag}</span>
              <button
                type="button"
                aria-label={t('participants.form.removeTag', { tag })}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pe-inline">
        <input
          id="pe-tags"
          type="text"
          list="pe-known-tags"
          autoComplete="off"
          aria-describedby="pe-tags-hint"
          value={text}
          onChange={(e) => {
            const value = e.target.value;
            if (value.endsWith(',')) {
              onChange(cleanTags([...tags, ...value.split(',')]));
              setText('');
            } else setText(value);
          }}
          // A tag typed but not added yet is kept when the user moves on (to Save, say).
          onBlur={add}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('participants.form.addTag')}
        </button>
      </div>
      <datalist id="pe-known-tags">
        {(known ?? []).map((tag) => (
          <option key={String(tag)} value={String(tag)} />
        ))}
      </datalist>
      <p id="pe-tags-hint" className="pe-hint">
        {t('participants.form.tagsHint')}
      </p>
    </div>
  );
}
