import { type EvidenceType, evidenceLevel } from '@vertailu/data/vocabulary';

/**
 * The evidence scale is the one vocabulary's (`@vertailu/data/vocabulary`: `EVIDENCE_TYPES` in order,
 * `evidenceLevel`, `evidenceTypeOfLevel`, `EVIDENCE_SCALE` with its words), so the API, this package
 * and the dashboard read one scale; here it is re-exported with what the indicators compute from it.
 */
export {
  EVIDENCE_LEVEL_MAX,
  EVIDENCE_SCALE,
  type EvidenceLevel,
  evidenceLevel,
  evidenceTypeOfLevel,
} from '@vertailu/data/vocabulary';

export function strongestEvidence(types: EvidenceType[]): EvidenceType | null {
  return types.reduce<EvidenceType | null>(
    (best, t) => (best === null || evidenceLevel(t) > evidenceLevel(best) ? t : best),
    null,
  );
}
