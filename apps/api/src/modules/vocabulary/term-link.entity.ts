import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { OwnedEntity } from '../owner/owned.entity';
import { Term } from './term.entity';

/** A project's or practice's sector or target group. */
@Entity()
export class TermLink extends OwnedEntity {
  @Index()
  @ManyToOne(() => Term)
  term!: Term;

  /** The document states this only as an aim ("tavoitteena on …"), not as current work. */
  @Property({ type: 'boolean', default: false })
  aim: boolean = false;
}
