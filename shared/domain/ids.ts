import { isValid, monotonicFactory } from 'ulid';
import type { Id } from './types';

const nextUlid = monotonicFactory();

/**
 * A new record id: a ULID. Monotonic, so ids made in one burst (an import of
 * 100,000 people) still sort in creation order; random enough that records made
 * on two laptops never clash when merged.
 */
export function newId(): Id {
  return nextUlid();
}

/** True when `value` is a well-formed ULID. */
export function isId(value: unknown): value is Id {
  return typeof value === 'string' && isValid(value);
}
