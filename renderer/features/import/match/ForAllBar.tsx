import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { DECISION_CHOICES, type DecisionChoice } from '../state/decisions';

/** One choice for every matched row at once. */
export function ForAllBar({ count, onApply }: { count: number; onApply: (choice: DecisionChoice) => void }) {
  const { t, tn } = useI18n();
  const [choice, setChoice] = useState<DecisionChoice>('fill-empty');
  return (
    <div className="im-for-all">
      <div className="en-field">
        <label htmlFor="im-for-all">{t('import.match.forAll')}</label>
        <select id="im-for-all" value={choice} onChange={(e) => setChoice(DECISION_CHOICES.find((c) => c === e.target.value) ?? 'fill-empty')}>
          {DECISION_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`import.match.choices.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={() => onApply(choice)}>
        {tn('import.match.applyAll', count)}
      </button>
    </div>
  );
}
