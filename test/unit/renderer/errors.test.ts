import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../../shared/domain/errors';
import { assertTransition } from '../../../shared/domain/transitions';
import { describeError } from '../../../renderer/components/errors';

function thrown(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('describeError', () => {
  it('names a refused status change in words, in each language', () => {
    const error = thrown(() => assertTransition('enrolment', 'applied', 'attended'));
    expect(describeError(error, 'en')).toBe('The status of this enrolment cannot go from “Applied” to “Attended”.');
    expect(describeError(error, 'fr')).toBe('Le statut de cette inscription ne peut pas passer de « Candidat » à « Présent ».');
    expect(describeError(error, 'es')).toBe('El estado de esta inscripción no puede pasar de «Solicitante» a «Asistió».');
  });

  it('fills other domain errors from their parameters', () => {
    expect(describeError(new DomainError('errors.capacityFull', { capacity: 30 }, ''), 'en')).toMatch(/^All 30 places are taken/);
  });

  it('shows a bug as "something went wrong" with its message, and logs it', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(describeError(new Error('disk full'), 'fr')).toBe('Un problème est survenu : disk full');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
