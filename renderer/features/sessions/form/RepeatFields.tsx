import { isIsoDate } from '../../../../shared/domain/dates';
import { MONTH_POSITIONS, REPEAT_MODES, type MonthPosition, type RepeatDraft } from '../../../../shared/domain/session-draft';
import { positionName, weekdayName } from '../../../../shared/domain/session-recurrence-text';
import { WEEKDAYS, type Weekday } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { aria, FieldMessage, type SectionProps } from './field-kit';

/**
 * "Repeats": none, daily, weekly on some days, monthly on the same date or on
 * "the third Tuesday"; every N; ending after N sessions or on a date. When the
 * rule cannot change here (one occurrence, "this and following"), it is read out.
 */
export function RepeatFields({
  draft,
  update,
  errorOf,
  editable,
  canStop,
  keptRule,
}: SectionProps & { editable: boolean; canStop: boolean; keptRule: string | undefined }) {
  const { t, lang } = useI18n();
  if (!editable) {
    if (!keptRule) return null;
    return (
      <fieldset className="st-section">
        <legend>{t('sessions.form.repeatLegend')}</legend>
        <p>{t('sessions.form.ruleKept', { rule: keptRule })}</p>
        <p className="st-hint">{t('sessions.form.ruleKeptHint')}</p>
      </fieldset>
    );
  }
  const r = draft.repeat;
  const set = (patch: Partial<RepeatDraft>) => update({ repeat: { ...r, ...patch } });
  const day = isIsoDate(draft.date) ? Number(draft.date.slice(8)) : 1;
  const intervalError = errorOf('repeatInterval');
  const daysError = errorOf('repeatDays');
  const monthlyError = errorOf('repeatMonthly');
  const endsError = errorOf('repeatEnds');
  const toggleDay = (d: Weekday, on: boolean) => set({ weekdays: on ? [...r.weekdays, d] : r.weekdays.filter((x) => x !== d) });
  return (
    <fieldset className="st-section st-repeat">
      <legend>{t('sessions.form.repeatLegend')}</legend>
      <div className="st-radios">
        {REPEAT_MODES.map((mode) => (
          <label key={mode} className="st-check">
            <input
              type="radio"
              name="st-repeat-mode"
              id={`st-f-repeat-mode-${mode}`}
              checked={r.mode === mode}
              disabled={mode === 'none' && !canStop}
              onChange={() => set({ mode })}
            />
            {t(`sessions.form.repeatMode.${mode}`)}
          </label>
        ))}
      </div>
      {!canStop && <p className="st-hint">{t('sessions.form.cannotStop')}</p>}
      {r.mode !== 'none' && (
        <>
          <div className={`st-inline${intervalError ? ' st-invalid' : ''}`}>
            <label htmlFor="st-f-repeat-interval">{t('sessions.form.every')}</label>
            <input id="st-f-repeat-interval" className="st-number" type="text" inputMode="numeric" value={r.interval} onChange={(e) => set({ interval: e.target.value })} {...aria('repeatInterval', intervalError)} />
            <span>{t(`sessions.form.unit.${r.mode}`)}</span>
          </div>
          <FieldMessage field="repeatInterval" error={intervalError} />
          {r.mode === 'weekly' && (
            <fieldset className={`st-choices${daysError ? ' st-invalid' : ''}`}>
              <legend>{t('sessions.form.weekdaysLegend')}</legend>
              {WEEKDAYS.map((d) => (
                <label key={d} className="st-check">
                  <input type="checkbox" id={`st-f-repeat-day-${d}`} checked={r.weekdays.includes(d)} onChange={(e) => toggleDay(d, e.target.checked)} {...aria('repeatDays', daysError)} />
                  {weekdayName(d, lang)}
                </label>
              ))}
              <FieldMessage field="repeatDays" error={daysError} />
            </fieldset>
          )}
          {r.mode === 'monthly' && (
            <fieldset className={`st-choices st-stack${monthlyError ? ' st-invalid' : ''}`}>
              <legend>{t('sessions.form.monthlyLegend')}</legend>
              <label className="st-check">
                <input type="radio" name="st-repeat-monthly" id="st-f-repeat-by-date" checked={r.monthlyBy === 'date'} onChange={() => set({ monthlyBy: 'date' })} {...aria('repeatMonthly', monthlyError)} />
                {t('sessions.form.monthlyDate', { day })}
              </label>
              <div className="st-inline">
                <input
                  type="radio"
                  name="st-repeat-monthly"
                  id="st-f-repeat-by-weekday"
                  aria-label={t('sessions.repeat.monthlyPosition', { position: positionName(r.setPos, lang), day: weekdayName(r.monthWeekday, lang) })}
                  checked={r.monthlyBy === 'weekday'}
                  onChange={() => set({ monthlyBy: 'weekday' })}
                />
                <label htmlFor="st-f-repeat-by-weekday">{t('sessions.form.monthlyWeekday')}</label>
                <select
                  id="st-f-repeat-position"
                  aria-label={t('sessions.form.position')}
                  value={r.setPos}
                  onChange={(e) => set({ monthlyBy: 'weekday', setPos: Number(e.target.value) as MonthPosition })}
                  {...aria('repeatMonthly', monthlyError)}
                >
                  {MONTH_POSITIONS.map((p) => (
                    <option key={p} value={p}>
                      {positionName(p, lang)}
                    </option>
                  ))}
                </select>
                <select
                  id="st-f-repeat-weekday"
                  aria-label={t('sessions.form.weekday')}
                  value={r.monthWeekday}
                  onChange={(e) => set({ monthlyBy: 'weekday', monthWeekday: e.target.value as Weekday })}
                >
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {weekdayName(d, lang)}
                    </option>
                  ))}
                </select>
              </div>
              <FieldMessage field="repeatMonthly" error={monthlyError} />
            </fieldset>
          )}
          <fieldset className={`st-choices st-stack${endsError ? ' st-invalid' : ''}`}>
            <legend>{t('sessions.form.endsLegend')}</legend>
            <div className="st-inline">
              <input type="radio" name="st-repeat-ends" id="st-f-repeat-ends-count" checked={r.ends === 'count'} onChange={() => set({ ends: 'count' })} />
              <label htmlFor="st-f-repeat-ends-count">{t('sessions.form.endsCount')}</label>
              <input
                id="st-f-repeat-count"
                className="st-number"
                type="text"
                inputMode="numeric"
                aria-label={t('sessions.form.endsCountLabel')}
                value={r.count}
                onFocus={() => set({ ends: 'count' })}
                onChange={(e) => set({ ends: 'count', count: e.target.value })}
                {...aria('repeatEnds', r.ends === 'count' ? endsError : undefined)}
              />
              <span>{t('sessions.form.endsCountUnit')}</span>
            </div>
            <div className="st-inline">
              <input type="radio" name="st-repeat-ends" id="st-f-repeat-ends-until" checked={r.ends === 'until'} onChange={() => set({ ends: 'until' })} />
              <label htmlFor="st-f-repeat-ends-until">{t('sessions.form.endsUntil')}</label>
              <input
                id="st-f-repeat-until"
                type="date"
                aria-label={t('sessions.form.endsUntilLabel')}
                value={r.until}
                onFocus={() => set({ ends: 'until' })}
                onChange={(e) => set({ ends: 'until', until: e.target.value })}
                {...aria('repeatEnds', r.ends === 'until' ? endsError : undefined)}
              />
            </div>
            <FieldMessage field="repeatEnds" error={endsError} />
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
