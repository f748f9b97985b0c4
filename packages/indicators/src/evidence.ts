import { EVIDENCE_TYPES, type EvidenceType, labelOf } from '@vertailu/data';

export interface EvidenceLevel {
  type: EvidenceType;
  /** 0 = weakest. The scale is ordinal: levels can be compared, not added or averaged. */
  level: number;
  nameFi: string;
  nameEn: string;
  description: string;
  /** The definition in Finnish. */
  descriptionFi: string;
}

/**
 * The documented ordinal evidence scale (GLOSSARY "Outcome domains and evidence"), weakest first.
 * Its words come from the one code vocabulary (@vertailu/data labels), so the API, the dashboard
 * and this scale name each level alike.
 */
export const EVIDENCE_SCALE: readonly EvidenceLevel[] = EVIDENCE_TYPES.map((type, level) => {
  const label = labelOf('EvidenceType', type);
  return {
    type,
    level,
    nameFi: label.nameFi,
    nameEn: label.nameEn,
    description: label.definitionEn ?? label.nameEn,
    descriptionFi: label.definitionFi ?? label.nameFi,
  };
});

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
