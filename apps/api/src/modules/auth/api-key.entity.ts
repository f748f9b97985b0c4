import { Entity, Enum, Property } from '@mikro-orm/core';
import { ROLES, type Role } from '../../config';
import { BaseEntity } from '../../db/base.entity';

/**
 * An API key created with `pnpm keys create`. Only the SHA-256 of the key is stored: the key itself
 * is shown once, at creation, and never logged. Revoked keys stay for the audit trail.
 */
@Entity()
export class ApiKey extends BaseEntity {
  /** Who holds it ("Pirkanmaan hyvinvointialue / Maija"); appears in the audit log. */
  @Property({ type: 'string', length: 120, unique: true })
  name!: string;

  @Property({ type: 'string', length: 64, unique: true })
  hash!: string;

  @Enum({ items: () => [...ROLES] })
  role!: Role;

  @Property({ type: 'string', length: 30, nullable: true })
  revokedAt: string | null = null;
}
