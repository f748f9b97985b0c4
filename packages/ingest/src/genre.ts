import type { DocumentLayout, DocumentType, SourceGenre } from '@vertailu/data/vocabulary';

/**
 * What kind of document a text is (the vocabulary's DOCUMENT_TYPES: more than the data set's three
 * source genres — reports, board minutes, programme pages, funding decisions, news items; UNKNOWN when
 * none of the genres' fixed marks is there, and the reader still reads what it can) and how it lays
 * out its fields (DOCUMENT_LAYOUTS).
 */
export { DOCUMENT_LAYOUTS, DOCUMENT_TYPES, type DocumentType } from '@vertailu/data/vocabulary';
export type Layout = DocumentLayout;

/** The data set's source genre a document type is stored under (the seeds' three genres). */
export function sourceGenreOf(type: DocumentType): SourceGenre {
  if (type === 'FUNDER_PROJECT_PAGE') return 'FUNDER_PROJECT_PAGE';
  if (type === 'PRACTICE_DESCRIPTION') return 'PRACTICE_DESCRIPTION';
  return 'MUNICIPAL_PROJECT_PAGE';
}

/** The first lines, where titles, letterheads, dates of publication and document kinds stand. */
const head = (text: string, lines = 8) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, lines)
    .join('\n');

/** Register pages of funders: TSR's labels on their own lines, the ESR register's "Label: value". */
const FUNDER_LABELS_OWN_LINE = /^\s*(?:Hankenumero|Hakija|Projektinumero)\s*$/m;
const FUNDER_LABELS_INLINE = /^\s*(?:Hankekoodi|Suunnitelman mukainen toteutusaika|Vastuuviranomainen)\s*:/m;
/** Innokylä's practice pages and their subpages: the fixed section labels of the practice template. */
const PRACTICE_LABELS =
  /^\s*(?:Toimintamallin nimi|Tarve ja tavoitteet|Ratkaisu|Ratkaisun perusidea|Kehittämisen polku|Toimintaympäristö|Toimintamallin rahoittaja)\s*\**\s*$/m;
/** Innokylä's programme ("kokonaisuus") pages. */
const PROGRAMME_LABELS = /^\s*(?:Kokonaisuuden nimi|Kokonaisuuden tarkoitus ja tavoitteet)\s*$/m;
/** Agenda items of a board: "24 §" or "§ 4" starting a line. */
const SECTION_MARK = /^\s*(?:-\s*)?(?:\d{1,4}\s*§|§\s*\d{1,4})\s+\S/m;
const BOARD = /pöytäkirja|kokouskutsu|esityslista|lautakunta|valtuusto|hallitus|johtokunta/i;
const FINAL = /loppuraportti|loppuarvio|loppuselvitys|loppuseminaari/i;
const PROGRESS = /väliraportti|väliarvio|seurantaraportti|tilannekatsaus|vuosiraportti/i;
const DECISION =
  /(?:avustus|rahoitus|tuki)päätös|päätös\b[^\n]{0,60}(?:avustu|rahoitu|tue)|myöntämisperusteet|avustuspäätök/i;
/** A news item's mark: a release label or a publication date line near the top. */
const NEWS =
  /^\s*(?:Tiedote|Uutinen|Lehdistötiedote|Julkaistu|Julkaisuajankohta|Päivitetty)\b|^\s*\p{L}[\p{L} -]*\n\s*(?:Tiedote|Uutinen)\b|\|\s*Tiedote\b|^\s*Tiedote\s+\d/imu;
/** Numbered chapters ("1. Hankkeen yhteyshenkilöt", "6.2 …"): a formal document of some kind. */
const NUMBERED_CHAPTERS = /^\s*\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ][^\n]{3,}$/gm;
const INLINE_LABELS = /^(?:Toteutusaika|Kustannusarvio|Budjetti|Rahoittaja|Rahoitus|Hankeaika|Kesto):/m;

export interface DetectedType {
  type: DocumentType;
  layout: Layout;
  /** The passage that marks the type (a label, "Loppuraportti", "24 §", "Tiedote"); null for UNKNOWN. */
  mark: { start: number; end: number } | null;
}

/** The document's type and its layout (how its labelled fields are written), from its fixed marks. */
export function detectType(text: string): DetectedType {
  const found = (re: RegExp, within = text): DetectedType['mark'] => {
    const m = new RegExp(re.source, re.flags.replace('g', '')).exec(within);
    if (!m) return null;
    // The mark's last line (a match in the first lines may span a title and the mark under it).
    const word = (m[0].trim().split('\n').pop() ?? '').trim();
    const start = text.indexOf(word);
    return start < 0 ? null : { start, end: start + word.length };
  };
  const is = (type: DocumentType, layout: Layout, re: RegExp, within?: string): DetectedType | null => {
    const mark = found(re, within);
    return mark ? { type, layout, mark } : null;
  };
  const top = head(text);
  const layout: Layout = INLINE_LABELS.test(text) ? 'INLINE_LABEL' : 'PROSE';
  const practiceLayout: Layout = /^\s*Toimintamallin nimi\s*$/m.test(text) ? 'LABEL_ON_OWN_LINE' : 'PROSE';
  return (
    is('FUNDER_PROJECT_PAGE', 'LABEL_ON_OWN_LINE', FUNDER_LABELS_OWN_LINE) ??
    is('FUNDER_PROJECT_PAGE', 'INLINE_LABEL', FUNDER_LABELS_INLINE) ??
    is('PROGRAMME_PAGE', 'LABEL_ON_OWN_LINE', PROGRAMME_LABELS) ??
    is('PRACTICE_DESCRIPTION', practiceLayout, PRACTICE_LABELS) ??
    (BOARD.test(top) ? is('MINUTES', layout, SECTION_MARK) : null) ??
    is('FINAL_REPORT', layout, FINAL, top) ??
    is('PROGRESS_REPORT', layout, PROGRESS, top) ??
    is('FUNDING_DECISION', layout, DECISION, head(text, 3)) ??
    is('NEWS', layout, NEWS, top) ??
    is('MUNICIPAL_PROJECT_PAGE', layout, INLINE_LABELS) ??
    ((text.match(NUMBERED_CHAPTERS) ?? []).length >= 2
      ? { type: 'UNKNOWN', layout, mark: null }
      : { type: 'MUNICIPAL_PROJECT_PAGE', layout, mark: null })
  );
}
