import { registerEnumType } from 'type-graphql';

export const DraftStatusEnum = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  SUPERSEDED: 'SUPERSEDED',
} as const;
export type DraftStatus = keyof typeof DraftStatusEnum;
registerEnumType(DraftStatusEnum, {
  name: 'DraftStatus',
  description:
    'Review state of a draft: PENDING until an editor accepts (it becomes data) or rejects it; SUPERSEDED when a newer revision of the document arrived first.',
});

export const DraftKindEnum = { PROJECT: 'PROJECT', PRACTICE: 'PRACTICE' } as const;
export type DraftKind = keyof typeof DraftKindEnum;
registerEnumType(DraftKindEnum, { name: 'DraftKind', description: 'What record a draft becomes.' });

export const DocumentLayoutEnum = {
  LABEL_ON_OWN_LINE: 'LABEL_ON_OWN_LINE',
  INLINE_LABEL: 'INLINE_LABEL',
  PROSE: 'PROSE',
} as const;
registerEnumType(DocumentLayoutEnum, {
  name: 'DocumentLayout',
  description:
    'How the document states its fields: a label on one line and the value on the next, "Label: value" inline, or figures inside running prose.',
});

export const DraftFieldKindEnum = {
  DOCUMENT_TYPE: 'DOCUMENT_TYPE',
  NAME: 'NAME',
  MUNICIPALITY: 'MUNICIPALITY',
  APPLICANT: 'APPLICANT',
  PERIOD: 'PERIOD',
  PROJECT_NUMBER: 'PROJECT_NUMBER',
  PHASE: 'PHASE',
  CREATED_DATE: 'CREATED_DATE',
  MODIFIED_DATE: 'MODIFIED_DATE',
  DECISION_DATE: 'DECISION_DATE',
  AMOUNT: 'AMOUNT',
  FUNDER: 'FUNDER',
  NO_SEPARATE_FUNDING: 'NO_SEPARATE_FUNDING',
  SECTOR: 'SECTOR',
  TARGET_GROUP: 'TARGET_GROUP',
  PARTNER: 'PARTNER',
  OUTCOME: 'OUTCOME',
} as const;
export type DraftFieldKind = keyof typeof DraftFieldKindEnum;
registerEnumType(DraftFieldKindEnum, {
  name: 'DraftFieldKind',
  description: [
    'What a draft field holds, and the form of its `value`:',
    'DOCUMENT_TYPE what the document is (MUNICIPAL_PROJECT_PAGE, FUNDER_PROJECT_PAGE, PRACTICE_DESCRIPTION, PROGRAMME_PAGE,',
    'FINAL_REPORT, PROGRESS_REPORT, MINUTES, FUNDING_DECISION, NEWS or UNKNOWN, with the passage that marks it);',
    'NAME text; MUNICIPALITY code ("851"); APPLICANT the applicant organisation as named; PERIOD "YYYY-MM-DD/YYYY-MM-DD" (attribute precision DAY|YEAR);',
    'PROJECT_NUMBER text; PHASE IN_DEVELOPMENT|COMPLETED; CREATED_DATE, MODIFIED_DATE, DECISION_DATE "YYYY-MM-DD";',
    'AMOUNT euros (attributes role TOTAL_BUDGET|MUNICIPALITY_SHARE|TOTAL_COSTS|GRANT, funder ESR|TSR|STM|…);',
    'FUNDER a known funder\'s code or another funder\'s name; NO_SEPARATE_FUNDING "true"; SECTOR and TARGET_GROUP vocabulary codes;',
    'PARTNER organisation name (attribute role); OUTCOME a number (attributes unit %|count, kind, direction,',
    'evidenceType, domain, sentence).',
  ].join(' '),
});

export const FieldOriginEnum = { EXTRACTED: 'EXTRACTED', EDITED: 'EDITED' } as const;
export type FieldOrigin = keyof typeof FieldOriginEnum;
registerEnumType(FieldOriginEnum, {
  name: 'FieldOrigin',
  description: 'EXTRACTED: read from the document (with its passage); EDITED: set or changed by a reviewer.',
});

export const FieldChangeKindEnum = { ADDED: 'ADDED', REMOVED: 'REMOVED', CHANGED: 'CHANGED' } as const;
export type FieldChangeKind = keyof typeof FieldChangeKindEnum;
registerEnumType(FieldChangeKindEnum, {
  name: 'FieldChangeKind',
  description: 'How a field differs from the previous revision of the document.',
});
