import { useState } from 'react';
import type { CommitProgress } from '../../../../shared/io/import-plan';
import { useI18n } from '../../../app/i18n';

/** The commit's progress as a bar (role=progressbar with its value) and words, with Cancel. */
export function CommitProgressBar({ progress, onCancel }: { progress: CommitProgress; onCancel: () => void }) {
  const { t } = useI18n();
  const [stopping, setStopping] = useState(false);
  const total = Math.max(progress.total, 0);
  const done = Math.min(progress.done, total);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const text = progress.phase === 'preparing' ? t('import.finish.preparing') : t('import.finish.progress', { done, total });
  return (
    <div className="im-progress-block">
      <div
        className="im-progress"
        role="progressbar"
        aria-label={t('import.finish.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <span style={{ inlineSize: `${percent}%` }} />
      </div>
      <p aria-live="polite">{stopping ? t('import.finish.stopping') : text}</p>
      <button
        type="button"
        disabled={stopping}
        onClick={() => {
          setStopping(true);
          onCancel();
        }}
      >
        {t('import.finish.cancel')}
      </button>
    </div>
  );
}
