import type { PeriodPrecision } from '@vertailu/data';
import { type ClassType, Field, ID, InputType, Int } from 'type-graphql';
import { PeriodPrecisionEnum } from '../../graphql/enums';
import type { CitationCommand } from './citation.service';

/** Inputs every editable record shares: its period, its version, its owner, its deletion. */

@InputType({ description: 'A period: exact dates, or years only (precision YEAR: 1 Jan – 31 Dec).' })
export class PeriodInput {
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD.' })
  start?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; null when open or unknown.' })
  end?: string | null;

  @Field(() => PeriodPrecisionEnum, { description: 'How exactly the dates are known.' })
  precision!: PeriodPrecision;
}

@InputType({ description: 'Fields projects and practices share (see DatedRecord).' })
export class DatedRecordFields {
  @Field(() => String, { nullable: true, description: 'Name (required when creating).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => PeriodInput, { nullable: true, description: 'Period.' })
  period?: PeriodInput | null;

  @Field(() => [String], { nullable: true, description: 'Sector codes (replaces the list).' })
  sectors?: string[];

  @Field(() => [String], { nullable: true, description: 'Target group codes (replaces the list).' })
  targetGroups?: string[];
}

@InputType({ description: 'Delete a record that has a version.' })
export class DeleteInput {
  @Field(() => ID, { description: 'Id of the record.' })
  id!: string;

  @Field(() => Int, { description: 'The version you saw; a different current version is a CONFLICT.' })
  version!: number;
}

/** What an update names besides its fields: the record (`id`, "<what> id.") and the version edited. */
export function VersionedInput<T extends ClassType<object>>(
  Fields: T,
  what: string,
  version = 'The version you edited.',
) {
  // Named for its fields (never emitted: only the concrete inputs are in the schema).
  @InputType(`${Fields.name}WithVersion`)
  abstract class Versioned extends Fields {
    @Field(() => ID, { description: `${what} id.` })
    id!: string;

    @Field(() => Int, { description: version })
    version!: number;
  }
  return Versioned;
}

/** What a detail record's creation names besides its fields: its owner, a project or a practice (exactly one). */
export function OwnedInput<T extends ClassType<object>>(Fields: T) {
  @InputType(`${Fields.name}WithOwner`)
  abstract class Owned extends Fields {
    @Field(() => ID, { nullable: true, description: 'Project id.' })
    projectId?: string | null;

    @Field(() => ID, { nullable: true, description: 'Practice id.' })
    practiceId?: string | null;
  }
  return Owned;
}

/**
 * An input as a use case takes it: the same plain fields, the ids named in `Ids` (global ids in
 * GraphQL) as database ids, citations with their sources' database ids. Resolvers decode; the use
 * cases, the seeder and the CLIs see no global id.
 */
export type Command<I, Ids extends keyof I = never> = Omit<I, Ids | 'citations' | 'id' | 'version'> & {
  [K in Ids]?: number | null;
} & { citations?: CitationCommand[] };
