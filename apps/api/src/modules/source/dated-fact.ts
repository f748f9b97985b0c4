import type { DateKind, PeriodPrecision } from '@vertailu/data';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DateKindEnum, PeriodPrecisionEnum } from '../../graphql/enums';
import { Citation } from './citation.entity';
import { citationsOf } from './citation.loaders';

/**
 * A date of a record with what it is and how exactly it is known, so a client never shows a page's
 * date as when a practice ran, or a year as a day.
 */
@ObjectType({
  description:
    'A date of a record, with what it is (`kind`) and how exactly it is known (`precision`): show it at that precision (YEAR: "2015–2018", never "1.1.2015"), with its kind’s label (see `codeLabels(lists: ["DateKind"])`).',
})
export class DatedFact {
  /** Whose citations back it. */
  subjectType!: string;
  subjectId!: number;

  @Field(() => DateKindEnum, { description: 'What the date is.' })
  kind!: DateKind;

  @Field(() => String, {
    nullable: true,
    description: 'The date, or a period’s first day (ISO). With YEAR precision: 1 January.',
  })
  start!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A period’s last day (ISO; YEAR precision: 31 December); null for single dates and open periods.',
  })
  end!: string | null;

  @Field(() => PeriodPrecisionEnum, { description: 'DAY, MONTH or YEAR: show the date no more exactly.' })
  precision!: PeriodPrecision;

  @Field(() => String, {
    description: 'The record field the date is stored in (e.g. `period`, `publishedDate`).',
  })
  field!: string;

  @Field(() => String, {
    description:
      'The date as it should be shown, at its precision: "2015–2018", "2016-04", "2016-05-31", "2023-09-28".',
  })
  get text(): string {
    const cut = (d: string) =>
      this.precision === 'YEAR' ? d.slice(0, 4) : this.precision === 'MONTH' ? d.slice(0, 7) : d;
    if (this.end && this.start && this.end !== this.start) return `${cut(this.start)}–${cut(this.end)}`;
    if (this.end && !this.start) return `–${cut(this.end)}`;
    return this.start ? `${cut(this.start)}${this.kind === 'PERIOD' && !this.end ? '–' : ''}` : '';
  }
}

type Entry = [DateKind, string, string | null, string | null, PeriodPrecision | null];

function facts(subjectType: string, subjectId: number, entries: Entry[]): DatedFact[] {
  return entries
    .filter(([, , start, end, precision]) => (start || end) && precision)
    .map(([kind, field, start, end, precision]) =>
      Object.assign(new DatedFact(), {
        subjectType,
        subjectId,
        kind,
        field,
        start,
        end,
        precision: precision as PeriodPrecision,
      }),
    );
}

/** The record columns each kind of dated record has (structural: this folder knows no record type). */
type Id = { id: number };
type PeriodColumns = {
  period: { start: string | null; end: string | null; precision: PeriodPrecision | null } | null;
};

export const projectDates = (
  p: Id & PeriodColumns & { statusAsOf: string | null; resultsDate: string | null },
): DatedFact[] =>
  facts('Project', p.id, [
    ['PERIOD', 'period', p.period?.start ?? null, p.period?.end ?? null, p.period?.precision ?? null],
    ['STATUS_AS_OF', 'status', p.statusAsOf, null, 'DAY'],
    ['RESULTS', 'resultsDate', p.resultsDate, null, 'DAY'],
  ]);

export const practiceDates = (
  p: Id &
    PeriodColumns & {
      phaseAsOf: string | null;
      createdDate: string | null;
      modifiedDate: string | null;
      publishedDate: string | null;
    },
): DatedFact[] =>
  facts('Practice', p.id, [
    ['PERIOD', 'period', p.period?.start ?? null, p.period?.end ?? null, p.period?.precision ?? null],
    ['PHASE_AS_OF', 'phase', p.phaseAsOf, null, 'DAY'],
    ['CREATED', 'createdDate', p.createdDate, null, 'DAY'],
    ['MODIFIED', 'modifiedDate', p.modifiedDate, null, 'DAY'],
    ['PAGE_DATE', 'publishedDate', p.publishedDate, null, 'DAY'],
  ]);

export const outcomeDates = (
  o: Id & { measuredAt: string | null; measuredPrecision: PeriodPrecision | null; reportedAt: string | null },
): DatedFact[] =>
  facts('Outcome', o.id, [
    ['MEASURED', 'measuredAt', o.measuredAt, null, o.measuredPrecision],
    ['REPORTED', 'reportedAt', o.reportedAt, null, 'DAY'],
  ]);

export const fundingDates = (f: Id & { decisionDate: string | null }): DatedFact[] =>
  facts('FundingLine', f.id, [['DECISION', 'decisionDate', f.decisionDate, null, 'DAY']]);

@Resolver(() => DatedFact)
export class DatedFactResolver {
  @FieldResolver(() => [Citation], { description: 'The passages that back this date (field citations).' })
  async citations(@Root() d: DatedFact, @Ctx() ctx: Context): Promise<Citation[]> {
    const all = await citationsOf(ctx, d.subjectType).load(d.subjectId);
    return all.filter((c) => c.field === d.field);
  }
}
