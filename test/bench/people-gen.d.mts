// Types of people-gen.mjs for the TypeScript side (the bench page).
import type { Person } from '../../shared/domain/types';

/** Generates `n` Person records, deterministic for a given `seed`. */
export declare function generatePeople(n: number, seed?: number): Person[];

/** The columns of a partner's participant list, in order. */
export declare const SHEET_HEADER: readonly string[];

/** A header row, then one row per person with the columns of SHEET_HEADER. */
export declare function peopleSheetRows(people: readonly Person[]): string[][];
