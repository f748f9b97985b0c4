import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which version of the curated data set was last loaded, so start-up re-seeds only when it changed. */
@Entity()
export class SeedState {
  @PrimaryKey({ type: 'string', length: 40 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  datasetHash!: string;

  @Property({ type: 'string', length: 30 })
  seededAt!: string;
}
