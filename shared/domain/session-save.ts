import { Temporal } from 'temporal-polyfill';
import { isDomainError } from './errors';
import { expandSeries, validateRecurrence, type Occurrence } from './recurrence';
import { editOccurrence, type EditContext, type SeriesScope, type SessionChange } from './series-edits';
import { patchFromDraft, recurrenceFromDraft, sessionFromDraft, withoutUndefined, type SessionDraft } from './session-draft';
import { recurrenceFieldErrors, validateSessionDraft, type FieldError } from './session-rules';
import type { Programme, Recurrence, Session } from './types';

/**
 * What saving the session form means: a new session or series, or an edit of a
 * session, of a detached occurrence, or of an occurrence of a series with the
 * scope the person chose ("this", "this and following", "all").
 */
export type SaveTarget =
  | { kind: 'new' }
  | { kind: 'edit'; session: Session; occurrence: Occurrence; scope: SeriesScope };

export type SavePlan = { ok: true; changes: SessionChange[] } | { ok: false; errors: FieldError[] };

/**
 * Whether the form may change the repeat rule for this target: for a new or a
 * single session (which may become a series), and for a whole series. One
 * occurrence, "this and following", and a moved occurrence keep the series' rule.
 */
export function canEditRule(target: SaveTarget): boolean {
  if (target.kind === 'new') return true;
  if (target.session.seriesId !== undefined) return false;
  return !target.session.recurrence || target.scope === 'all';
}

/** Whether "Does not repeat" may be chosen: not for an existing series, whose rule can change but not vanish. */
export function canStopRepeating(target: SaveTarget): boolean {
  return target.kind === 'new' || !target.session.recurrence;
}

const localDate = (session: Session) => Temporal.Instant.from(session.start).toZonedDateTimeISO(session.timeZone).toPlainDate().toString();

/** Problems of the series the edit leaves behind, checked from their own first dates. */
function seriesErrors(changes: readonly SessionChange[]): FieldError[] {
  for (const { after } of changes) {
    const r = after?.recurrence;
    if (!after || !r) continue;
    const problems = validateRecurrence(r, localDate(after));
    if (problems.length > 0) return recurrenceFieldErrors(problems, r.freq);
    try {
      expandSeries(after, undefined, { max: 0 });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return recurrenceFieldErrors([error], r.freq);
    }
  }
  return [];
}

/** The rule a whole-series edit stores: the form's rule, keeping the skipped dates as series-edits moved them. */
function replaceRule(session: Session, rule: Recurrence | undefined): Session {
  if (!rule || !session.recurrence) return session;
  const { exceptions } = session.recurrence;
  return { ...session, recurrence: exceptions?.length ? { ...rule, exceptions } : rule };
}

/**
 * The session records a save writes, or the form errors that stop it (then
 * nothing is written). Edits go through series-edits' editOccurrence; stored
 * records never carry properties set to undefined.
 */
export function planSessionSave(draft: SessionDraft, programme: Programme, target: SaveTarget, ctx: EditContext): SavePlan {
  const ruleEditable = canEditRule(target);
  // A rule the form does not let the person change is not theirs to fix.
  const checked = ruleEditable ? draft : { ...draft, repeat: { ...draft.repeat, mode: 'none' as const } };
  const errors = validateSessionDraft(checked, programme);
  if (errors.length > 0) return { ok: false, errors };

  if (target.kind === 'new') {
    return { ok: true, changes: [{ before: null, after: sessionFromDraft(draft, programme, { id: ctx.newId(), now: ctx.now }) }] };
  }
  const { session, occurrence, scope } = target;
  const patch = patchFromDraft(draft, programme.timeZone);
  let changes = editOccurrence(session, occurrence, patch, session.recurrence ? scope : 'all', ctx);
  if (ruleEditable) {
    const rule = recurrenceFromDraft(draft.repeat);
    changes = changes.map((c) => {
      if (c.after?.id !== session.id) return c;
      if (session.recurrence) return { ...c, after: replaceRule(c.after, rule) };
      // A single session that starts (or stops) repeating.
      const { recurrence: _none, ...single } = c.after;
      return { ...c, after: rule ? { ...single, recurrence: rule } : single };
    });
  }
  changes = changes.map((c) => ({ before: c.before, after: c.after && withoutUndefined(c.after) }));
  const left = seriesErrors(changes);
  return left.length > 0 ? { ok: false, errors: left } : { ok: true, changes };
}
