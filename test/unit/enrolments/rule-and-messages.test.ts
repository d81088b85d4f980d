import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLETION_RULE } from '../../../shared/domain/attendance';
import { completionRuleKey, parseCompletionRule } from '../../../renderer/features/enrolments/completion-rule';
import { personReason, reasonText } from '../../../renderer/features/enrolments/messages';

describe('parseCompletionRule', () => {
  it('reads a stored rule', () => {
    expect(parseCompletionRule({ minimumShare: 0.6, excusedCounts: 'ignored' })).toEqual({ minimumShare: 0.6, excusedCounts: 'ignored' });
  });

  it('falls back to the default, field by field, for anything missing or malformed', () => {
    expect(parseCompletionRule(undefined)).toEqual(DEFAULT_COMPLETION_RULE);
    expect(parseCompletionRule('80%')).toEqual(DEFAULT_COMPLETION_RULE);
    expect(parseCompletionRule({ minimumShare: 80, excusedCounts: 'present' })).toEqual({ minimumShare: 0.8, excusedCounts: 'present' });
    expect(parseCompletionRule({ minimumShare: 0.5, excusedCounts: 'maybe' })).toEqual({ minimumShare: 0.5, excusedCounts: 'absent' });
  });

  it('keys the setting by programme', () => {
    expect(completionRuleKey('01J')).toBe('completionRule:01J');
  });
});

describe('reasonText', () => {
  it('names statuses as the user reads them in a refused move', () => {
    expect(reasonText('errors.transition', { entity: 'enrolment', from: 'applied', to: 'confirmed' }, 'en')).toBe(
      'A move from “Applied” to “Confirmed” is not allowed.',
    );
    expect(reasonText('errors.transition', { entity: 'enrolment', from: 'waitlisted', to: 'confirmed' }, 'fr')).toBe(
      'Le passage de «\u00a0Sur liste d’attente\u00a0» à «\u00a0Confirmé\u00a0» n’est pas possible.',
    );
  });

  it('passes other refusals through the core messages', () => {
    expect(reasonText('errors.capacityFull', { capacity: 30 }, 'es')).toMatch(/^Las 30 plazas están ocupadas/);
  });
});

describe('personReason', () => {
  it('prefixes the name unless the reason already says it', () => {
    expect(personReason('Reem Al-Otaibi', 'errors.transition', { entity: 'enrolment', from: 'applied', to: 'confirmed' }, 'en')).toBe(
      'Reem Al-Otaibi: A move from “Applied” to “Confirmed” is not allowed.',
    );
    expect(personReason('Mathieu Lefèvre', 'errors.alreadyEnrolled', { name: 'Mathieu Lefèvre' }, 'fr')).toMatch(/^Mathieu Lefèvre a déjà une inscription/);
  });
});
