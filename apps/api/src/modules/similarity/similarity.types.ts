import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';

export const OwnerItem = createUnionType({
  name: 'OwnerItem',
  description: 'A project or a practice.',
  types: () => [Project, Practice] as const,
  // No resolveType of our own: type-graphql's default picks the type by the row's class, synchronously
  // (an own one is wrapped in an async function, which the compiled executor cannot follow).
});

@ObjectType({ description: 'A word two texts share, with its part of their text similarity.' })
export class SharedTerm {
  @Field(() => String, { description: 'The word as the texts write it (most frequent form).' })
  word!: string;

  @Field(() => String, { description: 'The Finnish stem both texts were matched on.' })
  stem!: string;

  @Field(() => Float, {
    description: 'Its part of `textScore` (the parts of all shared words add up to it).',
  })
  contribution!: number;
}

@ObjectType({
  description:
    'An item similar to the one asked about: how similar (text cosine raised by shared codes), and why (shared words, target groups, sectors, outcome domains).',
})
export class SimilarItem {
  /** Global id of the similar project or practice; resolved to `item`. */
  id!: string;

  @Field(() => Float, { description: 'textScore × (1 + shared-code boost); compare within one answer only.' })
  score!: number;

  @Field(() => Float, {
    description: 'Cosine of the two texts’ field-weighted TF-IDF vectors over Finnish stems (0–1).',
  })
  textScore!: number;

  @Field(() => [SharedTerm], { description: 'The shared words that weigh most, heaviest first.' })
  sharedTerms!: SharedTerm[];

  @Field(() => Boolean, { description: 'True when the item is from the same municipality.' })
  sameMunicipality!: boolean;

  sharedTargetGroups!: string[];
  sharedSectors!: string[];
  sharedDomains!: string[];
}
