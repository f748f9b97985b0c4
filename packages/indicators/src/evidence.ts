import { EVIDENCE_TYPES, type EvidenceType } from '@vertailu/data';

export interface EvidenceLevel {
  type: EvidenceType;
  /** 0 = weakest. The scale is ordinal: levels can be compared, not added or averaged. */
  level: number;
  nameFi: string;
  nameEn: string;
  description: string;
}

/** The documented ordinal evidence scale (GLOSSARY "Outcome domains and evidence"), weakest first. */
export const EVIDENCE_SCALE: readonly EvidenceLevel[] = [
  {
    type: 'NOT_YET_MEASURED',
    level: 0,
    nameFi: 'ei vielä mitattu',
    nameEn: 'not yet measured',
    description: 'A goal or an expectation; nothing has been measured yet.',
  },
  {
    type: 'EXPERIENTIAL',
    level: 1,
    nameFi: 'kokemusperäinen tieto',
    nameEn: 'experiential feedback',
    description:
      'Staff, clients or the organisation report what they experienced; no systematic measurement.',
  },
  {
    type: 'SURVEY',
    level: 2,
    nameFi: 'kysely',
    nameEn: 'staff or client survey',
    description: 'A survey of staff or clients with a reported result.',
  },
  {
    type: 'STATISTICS',
    level: 3,
    nameFi: 'tilastot, kustannustiedot',
    nameEn: 'statistics or cost data against a baseline',
    description: 'Register statistics or cost data compared with an earlier baseline.',
  },
  {
    type: 'COMPARISON_GROUP',
    level: 4,
    nameFi: 'vertailuaineisto',
    nameEn: 'comparison group',
    description: 'Compared with a control group or a national reference group.',
  },
];

export function evidenceLevel(type: EvidenceType): number {
  const level = EVIDENCE_TYPES.indexOf(type);
  if (level < 0) throw new Error(`Unknown evidence type ${type}`);
  return level;
}

export function strongestEvidence(types: EvidenceType[]): EvidenceType | null {
  return types.reduce<EvidenceType | null>(
    (best, t) => (best === null || evidenceLevel(t) > evidenceLevel(best) ? t : best),
    null,
  );
}
