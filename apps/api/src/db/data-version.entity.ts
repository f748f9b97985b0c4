import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row whose number grows with every write or import: the version of the data every cached
 * response and ETag is tied to. Kept in the database so every API replica sees the same version.
 */
@Entity()
export class DataVersion {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'integer' })
  version!: number;
}
