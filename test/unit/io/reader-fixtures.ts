import { readFileSync } from 'node:fs';
import path from 'node:path';

// What the reader's tests share: the fixture files (test/fixtures/participants,
// written by scripts/make-fixtures.mjs) and the people they hold.

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../fixtures/participants');

/** The bytes of a fixture file. */
export const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURE_DIR, name)));

/** The English header of the participant fixtures. */
export const EN_HEADER = ['Member no.', 'First name', 'Last name', 'Email', 'Phone', 'Country', 'Organisation', 'Arrival'];

/** The eight people of the participant fixtures, in several scripts, as the header orders them. */
export const PEOPLE = [
  ['00123', 'Αθηνά', 'Παπαδοπούλου', 'athina.papadopoulou@example.gr', '+30 210 000 0000', 'Greece', 'Μουσείο Μπενάκη', '2022-11-20'],
  ['00124', 'Văn An', 'Nguyễn', 'nguyen.van.an@example.vn', '+84 24 0000 0000', 'Viet Nam', 'Bảo tàng Lịch sử Quốc gia', '2022-11-20'],
  ['00125', 'María José', 'García López', 'mj.garcia@example.es', '+34 600 000 000', 'Spain', 'Museo Nacional del Prado', '2022-11-21'],
  ['00126', 'Jean-Marc', 'Le Goff', 'jm.legoff@example.fr', '06 00 00 00 00', 'France', 'Musée de Bretagne', '2022-11-21'],
  ['00127', 'Chinwe', 'Okafor', 'c.okafor@example.ng', '+234 803 000 0000', 'Nigeria', 'National Museum, Lagos', '2022-11-19'],
  ['00128', 'Emeka', 'Obi', 'e.obi@example.ng', '0803 000 0000', 'Nigeria', 'Gidan Makama Museum, Kano', '2022-11-19'],
  ['00129', 'ليلى', 'حداد', 'l.haddad@example.tn', '+216 70 000 000', 'Tunisia', 'Musée national du Bardo', '2022-11-20'],
  ['00130', '花子', '佐藤', 'hanako.sato@example.jp', '+81 3 0000 0000', 'Japan', '国立西洋美術館', '2022-11-21'],
];

/** The error a read throws (a DomainError: its key and params); fails the test when it does not throw. */
export function failure(read: () => unknown): { key: string; params: Record<string, string | number> } {
  try {
    read();
  } catch (error) {
    return error as { key: string; params: Record<string, string | number> };
  }
  throw new Error('expected the read to fail');
}
