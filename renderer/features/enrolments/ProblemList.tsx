import { useI18n } from '../../app/i18n';

/** Why an action was refused, one line per person, until dismissed. Announced as an alert. */
export function ProblemList({ title, lines, onDismiss }: { title: string; lines: readonly string[]; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="en-problems" role="alert">
      <p>{title}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={`${i}-${line}`}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
