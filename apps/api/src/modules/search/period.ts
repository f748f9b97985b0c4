import type { PeriodPrecision } from '@vertailu/data';

export interface PeriodColumns {
  startDate: string | null;
  endDate: string | null;
  periodPrecision: PeriodPrecision | null;
  startYear: number | null;
  endYear: number | null;
}

/** Keeps the denormalised year columns in step with the period's dates. */
export function syncPeriodYears(record: PeriodColumns): void {
  record.startYear = record.startDate ? Number(record.startDate.slice(0, 4)) : null;
  record.endYear = record.endDate ? Number(record.endDate.slice(0, 4)) : null;
}
