import type { SourceGenre, VocabularyTerm } from '@vertailu/data/vocabulary';
import type { AmountRole, DraftPhase } from './draft-codes';
import { findFunders, findFundersByShape, funderIn } from './funders';
import { type DocumentType, detectType, type Layout, sourceGenreOf } from './genre';
import { labelled } from './labels';
import { findMunicipalities, type MunicipalityName, mainMunicipality } from './municipalities';
import { findName, mainSection } from './name';
import { findAmounts, findDates, findPeriods, type Period } from './numbers';
import { type DraftOutcome, findQuantitativeOutcomes } from './outcomes';
import { type DraftPartner, findPartners } from './partners';
import { at, type Extracted } from './spans';
import { findTerms } from './vocabulary-match';

export type { DocumentType, Layout } from './genre';

export interface DraftAmount {
  euros: number;
  role: AmountRole;
  /** Funder code (ESR, TSR …) of a grant, when the passage names it. */
  funder: string | null;
}

/** What the ingester needs to know besides the text: names and codes to map the text onto. */
export interface IngestContext {
  municipalities: MunicipalityName[];
  sectors?: VocabularyTerm[];
  targetGroups?: VocabularyTerm[];
  outcomeDomains?: VocabularyTerm[];
}

export interface Draft {
  /** The data set's source genre the document is stored under. */
  genre: SourceGenre;
  /** What the document is (report, minutes, news …); UNKNOWN when none of the known genres. */
  documentType: DocumentType;
  /** The passage that marks the document's type, if one does. */
  documentTypeMark: { start: number; end: number; confidence: number } | null;
  layout: Layout;
  kind: 'PROJECT' | 'PRACTICE';
  name: Extracted<string> | null;
  municipality: Extracted<string> | null;
  /** The applicant or owner organisation as a register page names it ("Satakunnan ammattikorkeakoulu Oy"). */
  applicant: Extracted<string> | null;
  period: Extracted<Period> | null;
  projectNumber: Extracted<string> | null;
  amounts: Extracted<DraftAmount>[];
  funders: Extracted<string>[];
  noSeparateFunding: Extracted<true> | null;
  phase: Extracted<DraftPhase> | null;
  createdDate: Extracted<string> | null;
  modifiedDate: Extracted<string> | null;
  decisionDate: Extracted<string> | null;
  sectors: Extracted<string>[];
  targetGroups: Extracted<string>[];
  partners: Extracted<DraftPartner>[];
  outcomes: Extracted<DraftOutcome>[];
}

/** Money of a national programme or of the whole country is not the project's. */
const NATIONAL = /valtakunnallis|muutosohjelm|hallitus|koko maa|ohjelmaan on varattu|kärkihankkeisiin/i;

/** Words that make a figure money given to the project. */
const FUNDING_WORDS = /rahoitu|raha|päätös|saa\b|saanut|saivat|avustus|osuus|myönsi|myöntämä|myönnetty/i;

/**
 * Which figure an amount is, from the words just before it: first from its own clause ("…, ja
 * kaupungin osuus on 77 500 euroa"), then from the line or sentence around it.
 */
function roleOf(
  before: string,
  after: string,
  soleFunder: string | null,
): { role: AmountRole; funder: string | null } | null {
  const near = before.slice(-90);
  const sentence = near.slice(Math.max(near.lastIndexOf('. '), near.lastIndexOf('\n\n')) + 1);
  if (NATIONAL.test(sentence)) return null;
  // The sum applied for is no grant; money shared out among many ("31 toimijalle", "hankkeille",
  // "kunnille") is a funder's or a programme's total, not this project's.
  if (/haettu|haki\b|hakivat|hakemu|haettiin/i.test(sentence)) return null;
  if (
    /^\s*\d+\s+\p{L}+(?:lle|ille)\b/u.test(after) ||
    /\p{L}+(?:ille|oille|öille)\s+(?:yhteensä\s+)?$/u.test(sentence)
  )
    return null;
  const cut = Math.max(
    near.lastIndexOf(', '),
    near.lastIndexOf(' ja '),
    near.lastIndexOf('('),
    near.lastIndexOf('. '),
  );
  const own = near.slice(cut + 1);
  if (
    /(?:kokonaiskustannukset|toteutuneet kustannukset|kustannukset yhteensä|kustannukset olivat)\s*(?:olivat\s*)?$/i.test(
      before.slice(-40),
    )
  )
    return { role: 'TOTAL_COSTS', funder: null };
  const ownFunder = funderIn(own) ?? findFundersByShape(sentence).at(-1)?.value ?? null;
  if (ownFunder && FUNDING_WORDS.test(own)) return { role: 'GRANT', funder: ownFunder };
  // "valtionavustuksen osuus 960 000 euroa" is a grant's share, "Tornion osuus" the municipality's.
  if (/(?:avustuksen|rahoituksen|tuen)\s+osuu(?:s|tta)\s*(?:on\s*)?$/i.test(own))
    return { role: 'GRANT', funder: soleFunder };
  if (/osuu(s|tta)\b[^.\n]*$/i.test(own)) return { role: 'MUNICIPALITY_SHARE', funder: null };
  const nearFunder = funderIn(near.slice(-60));
  if (nearFunder && FUNDING_WORDS.test(near.slice(-60))) return { role: 'GRANT', funder: nearFunder };
  if (/kustannusarvio|budjetti/i.test(near.slice(-50))) return { role: 'TOTAL_BUDGET', funder: null };
  if (/(?:avustus|avustusta|myönnetty|myönsi|rahoitusta)\s*(?::\s*)?$/i.test(near.slice(-30)))
    return { role: 'GRANT', funder: soleFunder };
  return null;
}

/**
 * The text with names that are not mentions of a service blanked out (same length, so offsets hold):
 * funders' names (Työsuojelurahasto is no occupational-safety work) and the contact section, whose
 * job titles name the contacts' posts, not the record's sectors.
 */
function withoutNames(text: string, funders: Extracted<string>[]): string {
  let masked = text;
  const blank = (start: number, end: number) => {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  };
  for (const f of funders) blank(f.start, f.end);
  const contacts = /^[ \t]*(?:Yhteyshenkilöt|Yhteyshenkilö|Yhteystiedot)[ \t]*$/m.exec(masked);
  if (contacts) blank(contacts.index, masked.length);
  return masked;
}

function phaseOf(text: string): Draft['phase'] {
  const m = /^\s*(?:icon\/bulb Created with Sketch\.\s*)?(Kehitteillä|Valmis)\s*$/m.exec(text);
  if (!m) return null;
  const word = m[1] as string;
  const start = m.index + m[0].indexOf(word);
  return at(word === 'Kehitteillä' ? 'IN_DEVELOPMENT' : 'COMPLETED', start, start + word.length, 0.9);
}

function dateLabelled(text: string, labels: string[]): Extracted<string> | null {
  const v = labelled(text, labels);
  const d = v ? findDates(v.value)[0] : null;
  return v && d ? at(d.value, v.start + d.start, v.start + d.end, v.confidence) : null;
}

/** "Ei erillisrahoitusta", "ilman ulkopuolista rahoitusta", "omalla rahoituksella": a known zero. */
const NO_SEPARATE_FUNDING =
  /ei (?:ollut |ole )?(?:erillis|ulkopuolista )rahoitusta|ilman (?:erillis|ulkopuolista |erillistä )rahoitusta|omalla rahoituksella|omin varoin/i;

/** Labels of lists of co-implementers and partners; their values are names, one a line. */
const PARTNER_LIST =
  /^[ \t]*(?:Osatoteuttajat|Osatoteuttaja|Yhteistyökumppanit|Kumppanit|Muut toteuttajat)[ \t]*:?[ \t]*\n/gim;

/** Names listed under a partner label ("Osatoteuttajat\n- Jyväskylän ammattikorkeakoulu Oy"), without the label. */
function listedPartners(text: string): Extracted<DraftPartner>[] {
  const out: Extracted<DraftPartner>[] = [];
  for (const m of text.matchAll(PARTNER_LIST)) {
    let pos = (m.index as number) + m[0].length;
    for (const line of text.slice(pos).split('\n')) {
      const at0 = pos;
      pos += line.length + 1;
      if (!line.trim()) {
        if (out.length) break;
        continue;
      }
      const item = /^[ \t]*(?:[-•*][ \t]+)?(.+?)[ \t]*$/.exec(line);
      const name = item?.[1] ?? '';
      // A sentence or another label ends the list.
      if (/[.:]$/.test(name) || name.split(' ').length > 8) break;
      const start = at0 + line.indexOf(name);
      out.push(at({ name, role: 'DEVELOPMENT_PARTNER' as const }, start, start + name.length, 0.85));
    }
  }
  return out;
}

/** Whether a span lies inside another. */
const inside = (a: { start: number; end: number }, b: { start: number; end: number } | null | undefined) =>
  !!b && a.start >= b.start && a.end <= b.end;

/**
 * Every place the record's name stands in the text — the field it was read from, and its copies in the
 * page heading, breadcrumbs or title line (any case, any run of white space between its words): what
 * stands inside a name is part of the name, not a fact about the record.
 */
function nameOccurrences(text: string, name: { value: string; start: number; end: number } | null) {
  if (!name) return [];
  const words = name.value.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [name];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(escaped.join(String.raw`\s+`), 'giu');
  return [name, ...[...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
}

/**
 * Reads a Finnish document — project page, practice description, programme page, report, board
 * minutes, funding decision or news item — into a draft with spans and confidences. Board minutes are
 * read from the § they are about; other fields come from the whole text.
 */
export function ingestDocument(text: string, context: IngestContext): Draft {
  const detected = detectType(text);
  const { layout } = detected;
  let documentType = detected.type;
  const section = documentType === 'MINUTES' ? mainSection(text) : null;
  // The part of the text the record's fields come from (same offsets: the rest is blanked).
  const scope = section
    ? ' '.repeat(section.start) +
      text.slice(section.start, section.end) +
      ' '.repeat(text.length - section.end)
    : text;
  const name = findName(text, layout, documentType);
  const applicant = labelled(text, ['Hakijan virallinen nimi', 'Hakija', 'Hallinnoija', 'Päätoteuttaja']);
  const labelledPeriod = labelled(scope, [
    'Toteutusaika',
    'Hankeaika',
    'Kesto',
    'Suunnitelman mukainen toteutusaika',
  ]);
  const periods = findPeriods(scope);
  const period =
    (labelledPeriod &&
      periods.find((p) => p.start >= labelledPeriod.start - 2 && p.start <= labelledPeriod.end)) ??
    periods[0] ??
    null;
  const none = NO_SEPARATE_FUNDING.exec(scope);
  // Funders: known funders where they are not part of the record's name (wherever it stands), funders by the grammar of
  // funding, and a funder label's value.
  const funderLabel = labelled(scope, ['Toimintamallin rahoittaja', 'Rahoittaja', 'Rahoittajat']);
  const names = nameOccurrences(text, name);
  const inName = (f: { start: number; end: number }) => names.some((n) => inside(f, n));
  const funders = [
    ...findFunders(scope).filter((f) => !inName(f)),
    ...findFundersByShape(scope).filter((f) => !inName(f)),
  ];
  if (funderLabel && !NO_SEPARATE_FUNDING.test(funderLabel.value) && funderLabel.value.length <= 80) {
    const known = findFunders(funderLabel.value)[0];
    funders.push(at(known?.value ?? funderLabel.value, funderLabel.start, funderLabel.end, 0.85));
  }
  funders.sort((a, b) => a.start - b.start);
  const funderCodes = new Set(funders.map((f) => f.value));
  const soleFunder = funderCodes.size === 1 ? ([...funderCodes][0] as string) : null;
  const amounts = findAmounts(scope).flatMap((a) => {
    const role = roleOf(
      scope.slice(Math.max(0, a.start - 140), a.start),
      scope.slice(a.end, a.end + 40),
      soleFunder,
    );
    return role ? [at({ euros: a.value.euros, ...role }, a.start, a.end, a.confidence * 0.9)] : [];
  });
  const municipality = mainMunicipality(text, context.municipalities);
  // Without any genre's marks, a page is a municipality's project page only if it names the municipality.
  if (documentType === 'MUNICIPAL_PROJECT_PAGE' && layout === 'PROSE' && !municipality)
    documentType = 'UNKNOWN';
  // The applicant is the owner, not a partner; a municipality's own units are not its partners; a
  // region or joint authority named without a word of cooperation is the area, not a partner.
  const own = municipality ? context.municipalities.filter((m) => m.code === municipality.value) : [];
  const partners = [...listedPartners(scope), ...findPartners(scope)].filter((p, i, all) => {
    if (inside(p, applicant) || inName(p)) return false;
    if (
      all.findIndex((q) => q.value.name.toLocaleLowerCase('fi') === p.value.name.toLocaleLowerCase('fi')) !==
      i
    )
      return false;
    if (all.some((q) => q !== p && inside(p, q) && (q.start !== p.start || q.end !== p.end))) return false;
    if (
      /perusturva$/i.test(p.value.name) &&
      own.length &&
      findMunicipalities(p.value.name, own)[0]?.start === 0
    )
      return false;
    if (/(?:hyvinvointialue|kuntayhtymä)$/i.test(p.value.name) && p.value.role === 'COOPERATION_PARTNER')
      return false;
    return true;
  });
  const termText = withoutNames(
    text,
    funders.filter((f) => findFunders(f.value).length > 0 || f.value.length <= 8),
  );
  return {
    genre: sourceGenreOf(documentType),
    documentType,
    documentTypeMark:
      detected.mark && documentType === detected.type ? { ...detected.mark, confidence: 0.9 } : null,
    layout,
    kind: documentType === 'PRACTICE_DESCRIPTION' ? 'PRACTICE' : 'PROJECT',
    name,
    municipality,
    applicant:
      applicant && applicant.value.length <= 120 && !/[.!?]$/.test(applicant.value) ? applicant : null,
    period,
    projectNumber: labelled(text, ['Hankenumero', 'Projektinumero', 'Hankekoodi', 'Diaarinumero']),
    amounts,
    funders: dedupeFunders(funders),
    noSeparateFunding: none ? at(true as const, none.index, none.index + none[0].length, 0.9) : null,
    phase: phaseOf(text),
    createdDate: dateLabelled(text, ['Luotu']),
    modifiedDate: dateLabelled(text, ['Viimeksi muokattu', 'Päivitetty']),
    decisionDate: dateLabelled(scope, ['Työsuojelurahaston päätös', 'Rahoituspäätös', 'Päätös']),
    sectors: findTerms(termText, context.sectors ?? []),
    targetGroups: findTerms(termText, context.targetGroups ?? []),
    partners,
    outcomes: findQuantitativeOutcomes(scope, context.outcomeDomains ?? []),
  };
}

/** Every mention of a funder, as before; the same funder's later mentions stay (each is a passage). */
function dedupeFunders(funders: Extracted<string>[]): Extracted<string>[] {
  return funders.filter((f, i) => funders.findIndex((g) => g.start === f.start && g.value === f.value) === i);
}
