import type { EvidenceType, OutcomeDirection, OutcomeKind, VocabularyTerm } from '@vertailu/data/vocabulary';
import type { OutcomeUnit } from './draft-codes';
import { parseFinnishNumber } from './numbers';
import { at, type Extracted } from './spans';
import { findTerms } from './vocabulary-match';

export interface DraftOutcome {
  value: number;
  unit: OutcomeUnit;
  kind: OutcomeKind;
  direction: OutcomeDirection;
  evidenceType: EvidenceType;
  /** Outcome domain code when the sentence names one ("työhyvinvointi" → STAFF_WELLBEING). */
  domain: string | null;
  /** The sentence the figure stands in, verbatim. */
  sentence: string;
}

function sentenceAt(text: string, start: number, end: number): { from: number; to: number } {
  const from = Math.max(text.lastIndexOf('. ', start) + 1, text.lastIndexOf('\n', start) + 1, 0);
  const stops = [text.indexOf('. ', end), text.indexOf('.\n', end), text.indexOf('\n', end)].filter(
    (i) => i >= 0,
  );
  const to = stops.length ? Math.min(...stops) + 1 : text.length;
  return { from, to };
}

function directionOf(sentence: string): OutcomeDirection {
  const better = /parempaan|paran(?:i|tui|tunut|tuneet)|vahvistu|lisäänty|kasvoi|nousi|tyytyväisempi/i.test(
    sentence,
  );
  const worse = /huonomm|heikent|heikompa|heikkeni|vähemmän tyytyväis|tyytymättöm/i.test(sentence);
  if (better && worse) return 'MIXED';
  if (better) return 'IMPROVED';
  if (worse) return 'WORSENED';
  return 'UNKNOWN';
}

function evidenceOf(sentence: string): EvidenceType {
  if (/vertailuryhm|verrokki/i.test(sentence)) return 'COMPARISON_GROUP';
  if (/kysely|vastaaj|vastanneista|arvioi/i.test(sentence)) return 'SURVEY';
  if (/tilasto|rekisteri|sotkanet/i.test(sentence)) return 'STATISTICS';
  return 'EXPERIENTIAL';
}

/** Words that make a figure a starting level or a comparison figure rather than a result. */
const BASELINE =
  /lähtöta|lähtötilan|alkumittau|alkukartoitu|vertailuaineisto|valtakunnalli|koko maa|keskiarvo|keskimäärin|muissa kunnissa/i;

/**
 * What makes a percentage a result: a measurement of the work's effect (a survey, respondents, what
 * people reported or assessed) or a change (improved, grew, fell, shortened). Without one, a
 * percentage describes a state: the area's figures, a share of costs or of work time.
 */
const RESULT_EVIDENCE =
  /kysely|vastaaj|vastanne|arvioi|arvion mukaan|koki|kokivat|kertoi|kertoivat|suosittel|tyytyväi|paran|parani|kasvoi|kasvanut|nousi|noussut|laski|laskenut|lyheni|lyhentyi|väheni|vähentyi|vähentyneen|vähentynyt|lisääntyi|lisääntynyt|vahvistui|heikkeni|muuttui|onnistui|saavutti|tavoitti|lähtöta|lähtötilan|alkumittau|verrattuna/i;
/** Shares of money or work, and projections: a percentage of these is context, not a result. */
const SHARE_OR_PROJECTION =
  /kuluista|kustannuksista|budjetista|rahoituksesta|rahoitusta|rahoitti|työpanoksesta|työajasta|omavastuu|osuus rahoituksesta|vuoteen (?:19|20)\d{2}|ennuste|ennakoi|odotetaan|arvioidaan (?:nousevan|laskevan|kasvavan)|%:iin|prosenttiin/i;
/** Statistics of the whole country are context for any one project. */
const NATIONAL_STATISTIC =
  /kansallisesti|valtakunnallisesti|koko maassa|koko maan|suomessa|maassamme|tilastokeskuksen/i;

/** The clause a figure stands in, up to it: from the last comma, "ja", "kun" or "mutta" before it. */
function clauseBefore(text: string, from: number, start: number): string {
  const before = text.slice(from, start);
  const cut = Math.max(...[',', ' ja ', ' kun ', ' mutta ', ';'].map((s) => before.lastIndexOf(s)));
  return before.slice(cut + 1);
}

const YEAR = /^(?:19|20)\d{2}$/;
/** Counts of activities: "työpajoja oli 10", "järjestettiin 12 koulutusta", "osallistui 150 työntekijää". */
const COUNT = String.raw`(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)`;
const COUNTS = [
  new RegExp(
    String.raw`(?<![\p{L}])\p{L}+(?:ja|jä|ita|itä|ia|iä) (?:oli|pidettiin|järjestettiin|toteutettiin) (?:yhteensä |kaikkiaan )?${COUNT}(?![\d,.]\d)`,
    'gu',
  ),
  new RegExp(
    String.raw`(?:järjestettiin|pidettiin|toteutettiin|osallistui|osallistuivat|koulutettiin|tavoitettiin|tavoitti|käytti|käyttivät|tuli|tulivat)(?: [\p{Ll}]+){0,5}? (?:yhteensä |kaikkiaan |noin )?${COUNT} \p{L}+`,
    'gu',
  ),
];

/**
 * Quantitative results and outputs in running prose: "58 prosenttia henkilöstöstä …", "42 %",
 * "työpajoja oli 10". Baselines and comparison data ("lähtötasosta", "vertailuaineisto") and years
 * are not outcomes; neither are figures in money (those are costs).
 */
export function findQuantitativeOutcomes(
  text: string,
  domains: VocabularyTerm[] = [],
): Extracted<DraftOutcome>[] {
  const out: Extracted<DraftOutcome>[] = [];
  const push = (
    value: number,
    unit: DraftOutcome['unit'],
    start: number,
    end: number,
    confidence: number,
  ) => {
    const { from, to } = sentenceAt(text, start, end);
    const sentence = text.slice(from, to).trim();
    if (unit === '%') {
      const clause = `${clauseBefore(text, from, start)}${text.slice(start, to)}`;
      if (BASELINE.test(clauseBefore(text, from, start))) return;
      if (
        !RESULT_EVIDENCE.test(sentence) ||
        SHARE_OR_PROJECTION.test(clause) ||
        NATIONAL_STATISTIC.test(sentence)
      )
        return;
    }
    const domain = findTerms(sentence, domains)[0]?.value ?? null;
    out.push(
      at(
        {
          value,
          unit,
          kind: unit === '%' ? 'RESULT' : 'OUTPUT',
          direction: unit === '%' ? directionOf(sentence) : 'NOT_APPLICABLE',
          evidenceType: evidenceOf(sentence),
          domain,
          sentence,
        },
        start,
        end,
        confidence,
      ),
    );
  };
  for (const m of text.matchAll(/(?<![\d,])(\d+(?:,\d+)?)\s*(?:prosenttia|%)/g)) {
    const start = m.index as number;
    push(parseFinnishNumber(m[1] as string), '%', start, start + m[0].length, 0.75);
  }
  for (const re of COUNTS) {
    for (const m of text.matchAll(re)) {
      const n = m[1] as string;
      if (
        YEAR.test(n) ||
        /euro|€|prosent|%/.test(
          text.slice((m.index as number) + m[0].length - 12, (m.index as number) + m[0].length + 8),
        )
      )
        continue;
      const start = (m.index as number) + m[0].indexOf(n);
      if (out.some((o) => o.start === start)) continue;
      push(parseFinnishNumber(n), 'count', m.index as number, (m.index as number) + m[0].length, 0.6);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
