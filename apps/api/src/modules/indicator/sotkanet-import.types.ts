import { Field, Int, ObjectType } from 'type-graphql';
import type { ImportResult } from './sotkanet-import.service';

@ObjectType('ImportResult', { description: 'What a statistics import did.' })
export class SotkanetImportResult implements ImportResult {
  @Field(() => Int, { description: 'Data rows read.' })
  rows!: number;

  @Field(() => Int, { description: 'Values added.' })
  inserted!: number;

  @Field(() => Int, { description: 'Values changed (or taken over from the context table).' })
  updated!: number;

  @Field(() => Int, { description: 'Values already there with the same value.' })
  unchanged!: number;

  @Field(() => Int, {
    description: 'Rows skipped because the region is not a municipality (maakunta, whole country …).',
  })
  skippedRegions!: number;

  @Field(() => [Int], {
    description: 'Sotkanet indicator ids with no indicator in the catalogue (their rows were skipped).',
  })
  skippedIndicators!: number[];

  @Field(() => [String], { description: 'Municipality codes not in the database (their rows were skipped).' })
  skippedMunicipalities!: string[];
}
