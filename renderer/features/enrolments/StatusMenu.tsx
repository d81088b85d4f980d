import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EnrolmentStatus } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { enrolmentStatusLabel } from '../../app/labels';

/**
 * A menu button listing the statuses one enrolment may move to (and only
 * those). Enter, Space or ArrowDown opens it on the first choice; arrows, Home
 * and End move; Escape or Tab closes it and gives focus back to the button.
 */
export function StatusMenu({
  id,
  label,
  choices,
  onChoose,
}: {
  id: string;
  /** Names the button for assistive technology: "Change status of Jo Smith". */
  label: string;
  choices: readonly EnrolmentStatus[];
  onChoose: (status: EnrolmentStatus) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const last = choices.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      setActive(moves[e.key]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  };

  if (choices.length === 0) return <span className="muted en-no-moves">{t('enrolments.list.noMoves')}</span>;
  return (
    <div
      className="en-menu"
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        id={id}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={label}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 0 : choices.length - 1);
          }
        }}
      >
        {t('enrolments.list.changeStatus')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul role="menu" id={`${id}-menu`} aria-labelledby={id} className="en-menu-list" onKeyDown={onMenuKey}>
          {choices.map((status, i) => (
            <li key={status} role="none">
              <button
                ref={(node) => {
                  items.current[i] = node;
                }}
                type="button"
                role="menuitem"
                tabIndex={i === active ? 0 : -1}
                className={`en-menu-item en-to-${status}`}
                onClick={() => {
                  close(true);
                  onChoose(status);
                }}
              >
                {t(enrolmentStatusLabel(status))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
