import type { SeriesScope } from '../../../shared/domain/series-edits';
import { useI18n } from '../../app/i18n';
import { useModal } from './use-modal';

/**
 * "This session only / This and following / All sessions in the series": asked
 * before editing or removing an occurrence of a series. Escape or Cancel asks nothing.
 */
export function ScopeDialog({
  action,
  title,
  date,
  onChoose,
  onCancel,
}: {
  action: 'edit' | 'remove';
  title: string;
  date: string;
  onChoose: (scope: SeriesScope) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ref = useModal();
  const scopes: SeriesScope[] = ['this', 'following', 'all'];
  return (
    <dialog
      ref={ref}
      className="st-dialog st-scope"
      aria-labelledby="st-scope-title"
      aria-describedby="st-scope-explain"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="st-scope-title">{t(action === 'edit' ? 'sessions.scope.editQuestion' : 'sessions.scope.removeQuestion', { title, date })}</h2>
      <p id="st-scope-explain">{t('sessions.scope.explain')}</p>
      <div className="st-scope-choices">
        {scopes.map((scope, i) => (
          <button key={scope} type="button" className={i === 0 ? 'primary' : undefined} autoFocus={i === 0} onClick={() => onChoose(scope)}>
            {t(`sessions.scope.${scope}`)}
          </button>
        ))}
      </div>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
