import { Field, Int, ObjectType } from 'type-graphql';
import { EvidenceTypeEnum, MissingReasonEnum, OutcomeDirectionEnum } from '../../graphql/enums';
import { Municipality } from '../municipality/municipality.entity';
import { Term } from '../vocabulary/term.entity';
import type { OutcomeCellRow, OutcomeMatrixPageRows } from './outcome-matrix.service';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { OutcomeMatrixOrderEnum } from '../../graphql/enums';

@ObjectType({
  description:
    'One cell of the outcome matrix: what a municipality reports in one domain, and how strongly it is backed.',
})
export class OutcomeCell implements OutcomeCellRow {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => Term, { description: 'The outcome domain.' })
  domain!: Term;

  @Field(() => OutcomeDirectionEnum, {
    nullable: true,
    description:
      'IMPROVED, WORSENED or UNCHANGED when all results agree; MIXED when they disagree; UNKNOWN when none says; null when nothing is reported.',
  })
  direction!: string | null;

  @Field(() => EvidenceTypeEnum, { nullable: true, description: 'Strongest evidence among the results.' })
  evidenceType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Strongest evidence level, 0–4 (ordinal).' })
  evidenceLevel!: number | null;

  @Field(() => Int, { description: 'Results reported in this domain.' })
  count!: number;

  @Field(() => Int, { description: 'Of them, improved.' })
  improvedCount!: number;

  @Field(() => Int, { description: 'Of them, worsened.' })
  worsenedCount!: number;

  @Field(() => MissingReasonEnum, { nullable: true, description: 'NOT_REPORTED when the cell is empty.' })
  missingReason!: string | null;
}

@ObjectType({ description: 'One row of the outcome matrix: a municipality and its cells, one per domain.' })
export class OutcomeMatrixRow {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => [OutcomeCell], { description: 'Its cells, in the order of `OutcomeMatrixPage.domains`.' })
  cells!: OutcomeCell[];
}

@ObjectType({
  description:
    'A page of the outcome matrix: the rows the filter keeps, ordered, from `offset`; `totalCount` counts them all.',
})
export class OutcomeMatrixPage implements OutcomeMatrixPageRows {
  @Field(() => Int, { description: 'Rows (municipalities) the filter keeps, over all pages.' })
  totalCount!: number;

  @Field(() => Int, { description: 'Position of the first row of this page among them (0-based).' })
  offset!: number;

  @Field(() => [Term], { description: 'The columns: the asked outcome domains, in order.' })
  domains!: Term[];

  @Field(() => [OutcomeMatrixRow], { description: 'This page’s rows.' })
  rows!: OutcomeMatrixRow[];
}
