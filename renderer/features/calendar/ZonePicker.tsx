import { useId, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { offsetText, parseZone, systemZone, zoneOptions, type ResolvedZone, type ZoneChoice } from './zones';

type Props = {
  choice: ZoneChoice;
  resolved: ResolvedZone;
  /** The selected programme's zone, when the filter narrows to one programme. */
  programmeZone: string | undefined;
  onChange: (choice: ZoneChoice) => void;
};

/**
 * Where times are read: the programme's zone (only while one programme is
 * selected), this computer's, or any IANA zone, searched by typing in a list
 * that shows each zone's offset today. A name the computer does not know gets
 * a message beside the field, and the calendar keeps its zone.
 */
export function ZonePicker({ choice, resolved, programmeZone, onChange }: Props) {
  const { t } = useI18n();
  const ids = useId();
  const [typed, setTyped] = useState(choice.mode === 'zone' ? choice.zone : '');
  const [unknown, setUnknown] = useState<string | null>(null);
  const [otherOpen, setOtherOpen] = useState(choice.mode === 'zone');
  // Some 400 zones, each with today's offset: computed only once someone asks for another zone.
  const options = useMemo(() => (otherOpen ? zoneOptions() : []), [otherOpen]);
  const mode = otherOpen ? 'zone' : resolved.mode;

  const pick = (value: string) => {
    if (value === 'zone') {
      setOtherOpen(true);
      return;
    }
    setOtherOpen(false);
    setUnknown(null);
    onChange(value === 'programme' ? { mode: 'programme' } : { mode: 'mine' });
  };
  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    const zone = parseZone(typed);
    if (!zone) {
      setUnknown(typed.trim());
      return;
    }
    setUnknown(null);
    setTyped(zone);
    onChange({ mode: 'zone', zone });
  };

  return (
    <form className="cal-zone" onSubmit={apply}>
      <label className="field">
        <span>{t('calendar.zone.label')}</span>
        <select value={mode} onChange={(e) => pick(e.target.value)}>
          {programmeZone && <option value="programme">{t('calendar.zone.programme', { zone: programmeZone })}</option>}
          <option value="mine">{t('calendar.zone.mine', { zone: systemZone() })}</option>
          <option value="zone">{t('calendar.zone.other')}</option>
        </select>
      </label>
      {otherOpen && (
        <div className="cal-zone-other">
          <label className="field">
            <span>{t('calendar.zone.pick')}</span>
            <input
              list={`${ids}-zones`}
              value={typed}
              placeholder={t('calendar.zone.placeholder')}
              aria-invalid={unknown !== null}
              aria-describedby={unknown !== null ? `${ids}-unknown` : undefined}
              onChange={(e) => {
                setTyped(e.target.value);
                // Picking from the list is a choice made: apply it at once.
                const exact = options.find((o) => o.zone === e.target.value);
                if (exact) {
                  setUnknown(null);
                  onChange({ mode: 'zone', zone: exact.zone });
                }
              }}
              autoComplete="off"
              spellCheck={false}
            />
          </label>
          <datalist id={`${ids}-zones`}>
            {options.map((o) => (
              <option key={o.zone} value={o.zone} label={`${o.zone} (${o.offset})`} />
            ))}
          </datalist>
          <button type="submit">{t('calendar.zone.apply')}</button>
          {unknown !== null && (
            <p id={`${ids}-unknown`} className="cal-zone-error" role="alert">
              {t('calendar.zone.unknown', { zone: unknown })}
            </p>
          )}
        </div>
      )}
    </form>
  );
}

/** "Times shown in America/New_York (UTC−05:00)": always above the calendar, with the offset now. */
export function ZoneCaption({ zone }: { zone: string }) {
  const { t } = useI18n();
  return (
    <p className="cal-zone-caption" aria-live="polite">
      {t('calendar.zone.caption', { zone, offset: offsetText(zone) })}
    </p>
  );
}
