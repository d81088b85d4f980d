import { useMemo, useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids';
import { expandSeries } from '../../../shared/domain/recurrence';
import { draftFromSession, emptySessionDraft, type SessionDraft } from '../../../shared/domain/session-draft';
import { describeRecurrence } from '../../../shared/domain/session-recurrence-text';
import type { FieldError, SessionField } from '../../../shared/domain/session-rules';
import { canEditRule, canStopRepeating, planSessionSave, type SaveTarget } from '../../../shared/domain/session-save';
import { localDateOf } from '../../../shared/domain/session-timetable';
import type { IsoDate, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { dayHeading } from './format';
import { fieldDomId } from './form/field-kit';
import { LanguageFields } from './form/LanguageFields';
import { PeoplePicker } from './form/PeoplePicker';
import { PlaceFields } from './form/PlaceFields';
import { RepeatFields } from './form/RepeatFields';
import { TitleFields } from './form/TitleFields';
import { WhenFields } from './form/WhenFields';
import { useModal } from './use-modal';
import { useSessionCommit } from './use-session-commit';

/** Checking as the person types, after a first try to save, writes nothing and needs no real ids. */
const dryRun = { newId: () => 'draft', now: '1970-01-01T00:00:00.000Z' };

/**
 * Adds or edits a session in a modal dialog. Nothing is saved until the whole
 * form is valid; then the records are written as one changeset with Undo.
 * Messages stand beside their fields, a summary lists them, and the first
 * field in error takes focus.
 */
export function SessionFormDialog({ programme, target, newDate, onClose }: { programme: Programme; target: SaveTarget; newDate?: IsoDate; onClose: () => void }) {
  const { t, tn, lang } = useI18n();
  const ref = useModal();
  const commit = useSessionCommit();
  const zone = programme.timeZone;
  const [draft, setDraft] = useState<SessionDraft>(() =>
    target.kind === 'new' ? emptySessionDraft(programme, newDate) : draftFromSession(target.session, target.occurrence, zone),
  );
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const update = (patch: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const errors: FieldError[] = useMemo(() => {
    if (!tried) return [];
    const plan = planSessionSave(draft, programme, target, dryRun);
    return plan.ok ? [] : plan.errors;
  }, [tried, draft, programme, target]);
  const message = (e: FieldError) => t(e.key, e.params);
  const errorOf = (field: SessionField) => {
    const found = errors.find((e) => e.field === field);
    return found && message(found);
  };
  const focusField = (field: SessionField) => document.getElementById(fieldDomId(field, draft))?.focus();

  const series = target.kind === 'edit' && target.session.recurrence ? target.session : undefined;
  const keptRule = series?.recurrence && describeRecurrence(series.recurrence, lang, localDateOf(series.start, series.timeZone));
  const scopeNote =
    target.kind === 'edit' && series
      ? t(`sessions.form.${target.scope === 'this' ? 'scopeThis' : target.scope === 'following' ? 'scopeFollowing' : 'scopeAll'}`, {
          date: dayHeading(target.occurrence.occurrenceDate, lang),
        })
      : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setTried(true);
    const plan = planSessionSave(draft, programme, target, { newId, now: new Date().toISOString() });
    if (!plan.ok) {
      focusField(plan.errors[0]!.field);
      return;
    }
    const created = plan.changes[0]?.after;
    const text =
      target.kind === 'edit'
        ? t('sessions.notices.saved')
        : created?.recurrence
          ? tn('sessions.notices.seriesAdded', expandSeries(created).length)
          : t('sessions.notices.added');
    setSaving(true);
    const saved = await commit(plan.changes, text);
    setSaving(false);
    if (saved) onClose();
  };

  const sectionProps = { draft, update, errorOf };
  return (
    <dialog
      ref={ref}
      className="st-dialog st-form-dialog"
      aria-labelledby="st-form-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form className="st-form" noValidate onSubmit={submit}>
        <h2 id="st-form-title">{t(target.kind === 'new' ? 'sessions.form.addTitle' : 'sessions.form.editTitle')}</h2>
        {scopeNote && <p className="st-scope-note">{scopeNote}</p>}
        {errors.length > 0 && (
          <div className="st-summary" role="alert">
            <p>{tn('sessions.form.errorSummary', errors.length)}</p>
            <ul>
              {errors.map((error, i) => (
                <li key={`${error.field}-${i}`}>
                  <button type="button" className="st-link" onClick={() => focusField(error.field)}>
                    {message(error)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <TitleFields {...sectionProps} />
        <WhenFields {...sectionProps} zone={zone} />
        <PlaceFields {...sectionProps} />
        <fieldset className="st-section">
          <legend>{t('sessions.form.peopleLegend')}</legend>
          <div className="st-grid st-grid-2">
            <PeoplePicker id="st-f-speakers" label={t('sessions.form.speakers')} chosenLabel={t('sessions.form.speakersChosen')} ids={draft.speakerIds} onChange={(speakerIds) => update({ speakerIds })} />
            <PeoplePicker id="st-f-moderators" label={t('sessions.form.moderators')} chosenLabel={t('sessions.form.moderatorsChosen')} ids={draft.moderatorIds} onChange={(moderatorIds) => update({ moderatorIds })} />
          </div>
        </fieldset>
        <LanguageFields {...sectionProps} programme={programme} />
        <RepeatFields {...sectionProps} editable={canEditRule(target)} canStop={canStopRepeating(target)} keptRule={keptRule} />
        <div className="actions st-form-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('sessions.form.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
