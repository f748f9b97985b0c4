import type { SourceGenre } from '@vertailu/data';

/**
 * What kind of document a text is. More than the data set's three source genres: a planner's folder
 * also holds reports, board minutes, programme pages, funding decisions and news items. UNKNOWN is
 * said when none of the genres' fixed marks is there; the reader still reads what it can.
 */
export const DOCUMENT_TYPES = [
  'MUNICIPAL_PROJECT_PAGE',
  'FUNDER_PROJECT_PAGE',
  'PRACTICE_DESCRIPTION',
  'PROGRAMME_PAGE',
  'FINAL_REPORT',
  'PROGRESS_REPORT',
  'MINUTES',
  'FUNDING_DECISION',
  'NEWS',
  'UNKNOWN',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type Layout = 'LABEL_ON_OWN_LINE' | 'INLINE_LABEL' | 'PROSE';

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

/** The document's type and its layout (how its labelled fields are written), from its fixed marks. */
export function detectType(text: string): { type: DocumentType; layout: Layout } {
  if (FUNDER_LABELS_OWN_LINE.test(text)) return { type: 'FUNDER_PROJECT_PAGE', layout: 'LABEL_ON_OWN_LINE' };
  if (FUNDER_LABELS_INLINE.test(text)) return { type: 'FUNDER_PROJECT_PAGE', layout: 'INLINE_LABEL' };
  if (PROGRAMME_LABELS.test(text)) return { type: 'PROGRAMME_PAGE', layout: 'LABEL_ON_OWN_LINE' };
  if (PRACTICE_LABELS.test(text))
    return {
      type: 'PRACTICE_DESCRIPTION',
      layout: /^\s*Toimintamallin nimi\s*$/m.test(text) ? 'LABEL_ON_OWN_LINE' : 'PROSE',
    };
  const top = head(text);
  const layout: Layout = INLINE_LABELS.test(text) ? 'INLINE_LABEL' : 'PROSE';
  if (SECTION_MARK.test(text) && BOARD.test(top)) return { type: 'MINUTES', layout };
  if (FINAL.test(top)) return { type: 'FINAL_REPORT', layout };
  if (PROGRESS.test(top)) return { type: 'PROGRESS_REPORT', layout };
  if (DECISION.test(head(text, 3))) return { type: 'FUNDING_DECISION', layout };
  if (NEWS.test(top)) return { type: 'NEWS', layout };
  if (layout === 'INLINE_LABEL') return { type: 'MUNICIPAL_PROJECT_PAGE', layout };
  if ((text.match(NUMBERED_CHAPTERS) ?? []).length >= 2) return { type: 'UNKNOWN', layout };
  return { type: 'MUNICIPAL_PROJECT_PAGE', layout };
}
