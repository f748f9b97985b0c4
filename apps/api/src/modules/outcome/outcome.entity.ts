import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { EvidenceType, OutcomeDirection, OutcomeKind, PeriodPrecision } from '@vertailu/data';
import {
  EVIDENCE_TYPES,
  evidenceLevel,
  OUTCOME_DIRECTIONS,
  OUTCOME_KINDS,
  PERIOD_PRECISIONS,
} from '@vertailu/data/vocabulary';
import { Field, Int, ObjectType } from 'type-graphql';
import {
  EvidenceTypeEnum,
  OutcomeDirectionEnum,
  OutcomeKindEnum,
  PeriodPrecisionEnum,
} from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';
import { OwnedEntity } from '../owner/owned.entity';
import { searchTextOf } from '../search/search-text';
import { Term } from '../vocabulary/term.entity';

@ObjectType({
  implements: NodeInterface,
  description:
    'What a project or practice achieved or produced, how it changed (direction) and how strongly that is backed (evidence).',
})
@Entity()
export class Outcome extends OwnedEntity {
  @Field(() => OutcomeKindEnum, { description: 'A result (change) or an output (something produced).' })
  @Enum({ items: () => [...OUTCOME_KINDS] })
  kind!: OutcomeKind;

  @Index()
  @ManyToOne(() => Term)
  domain!: Term;

  @Field(() => OutcomeDirectionEnum, { description: 'Direction of change as the source states it.' })
  @Enum({ items: () => [...OUTCOME_DIRECTIONS] })
  direction!: OutcomeDirection;

  @Field(() => EvidenceTypeEnum, { description: 'How the outcome is backed.' })
  @Enum({ items: () => [...EVIDENCE_TYPES] })
  evidenceType!: EvidenceType;

  /** Position of `evidenceType` on the ordinal scale, stored so SQL can sort and take maxima. */
  @Field(() => Int, {
    description: 'Evidence level on the ordinal scale 0–4 (0 not yet measured … 4 comparison group).',
  })
  @Property({ type: 'integer' })
  evidenceLevel!: number;

  @Field(() => String, { description: 'The claim in English, faithful to the cited passage.' })
  @Property({ type: 'text' })
  summaryEn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The claim in Finnish, faithful to the cited passage (every curated outcome has one; null only for outcomes editors added without it).',
  })
  @Property({ type: 'text', nullable: true })
  summaryFi: string | null = null;

  @Field(() => Number, { nullable: true, description: 'Measured value, if the source gives one.' })
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Field(() => String, { nullable: true, description: 'Unit of the value ("%", "count", "EUR" …).' })
  @Property({ type: 'string', length: 40, nullable: true })
  unit: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the value measures, in English.' })
  @Property({ type: 'text', nullable: true })
  valueDescription: string | null = null;

  @Field(() => String, { nullable: true, description: 'When it was measured (ISO; see measuredPrecision).' })
  @Property({ type: 'date', nullable: true })
  measuredAt: string | null = null;

  @Field(() => PeriodPrecisionEnum, { nullable: true, description: 'How exactly `measuredAt` is known.' })
  @Enum({ items: () => [...PERIOD_PRECISIONS], nullable: true })
  measuredPrecision: PeriodPrecision | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'Date of the document (e.g. a press release) that reports the outcome when that is all it gives (ISO, to the day): not when it was measured — then `measuredAt` is null.',
  })
  @Property({ type: 'date', nullable: true })
  reportedAt: string | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the baseline the change is measured against, if stated.',
  })
  @Property({ type: 'integer', nullable: true })
  baselineYear: number | null = null;

  @Field(() => String, { nullable: true, description: 'What the result is compared with, if stated.' })
  @Property({ type: 'text', nullable: true })
  comparison: string | null = null;

  @Property({ type: 'text' })
  searchText!: string;

  @BeforeCreate()
  @BeforeUpdate()
  protected derive(): void {
    // The level on the one evidence scale: what SQL maxes (strongest evidence) and filters compare.
    this.evidenceLevel = evidenceLevel(this.evidenceType);
    this.searchText = searchTextOf(this.summaryEn, this.summaryFi, this.valueDescription, this.comparison);
  }
}
