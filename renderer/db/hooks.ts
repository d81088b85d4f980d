import { useLiveQuery } from 'dexie-react-hooks';
import { fundPosition, type FundPosition } from '../../shared/domain/money';
import type { Fund, ImportBatch, Organisation, Programme } from '../../shared/domain/types';
import { getDatabase } from './database';
import { countDesk } from './restore';
import { readSetting, type SettingKey, type SettingValues } from './settings';

/**
 * Live-query hooks: components read through these and re-render when the data
 * changes, in this window or another. `undefined` means "still loading".
 */

/** Counts shown on the dashboard. */
export function useCounts() {
  return useLiveQuery(() => countDesk(getDatabase()));
}

export type ProgrammeRow = Programme & { enrolled: number };

/** Programmes by start date, newest first, each with its number of enrolments. */
export function useProgrammes(): ProgrammeRow[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const programmes = await db.programmes.orderBy('startDate').reverse().toArray();
    const counts = await Promise.all(programmes.map((p) => db.enrolments.where('programmeId').equals(p.id).count()));
    return programmes.map((p, i) => ({ ...p, enrolled: counts[i] ?? 0 }));
  });
}

export type FundRow = { fund: Fund; sponsor: Organisation | undefined; position: FundPosition };

/** Every fund with its sponsor and where its budget stands. */
export function useFunds(): FundRow[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const funds = await db.funds.toArray();
    return Promise.all(
      funds.map(async (fund) => {
        const [sponsor, grants] = await Promise.all([
          db.organisations.get(fund.sponsorOrganisationId),
          db.grants.where('fundId').equals(fund.id).toArray(),
        ]);
        return { fund, sponsor, position: fundPosition(fund, grants) };
      }),
    );
  });
}

/** Import batches, newest first. */
export function useImportBatches(): ImportBatch[] | undefined {
  return useLiveQuery(() => getDatabase().importBatches.orderBy('createdAt').reverse().toArray());
}

/** One setting, live; `null` while loading is told apart from "never set" (undefined). */
export function useSetting<K extends SettingKey>(key: K): SettingValues[K] | undefined | null {
  return useLiveQuery(() => readSetting(getDatabase(), key), [key], null);
}
