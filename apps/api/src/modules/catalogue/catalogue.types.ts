import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import {
  type CatalogueKind,
  CatalogueKindEnum,
  type CatalogueOrderField,
  CatalogueOrderFieldEnum,
  type SortDirection,
  SortDirectionEnum,
} from '../../graphql/enums';

export { type CatalogueKind, CatalogueKindEnum, type CatalogueOrderField, CatalogueOrderFieldEnum };

import type { Practice } from '../practice/practice.entity';
import type { Project } from '../project/project.entity';
import { OwnerItem } from '../similarity/similarity.types';

@InputType({ description: 'Which projects and practices to list. All given conditions must hold.' })
export class CatalogueFilter {
  @Field(() => [CatalogueKindEnum], { nullable: true, description: 'Only these kinds; both when omitted.' })
  kinds?: CatalogueKind[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Municipality codes (at most 400): projects any of them takes part in and practices used in any of them. Omitted: every municipality; an empty list: none.',
  })
  municipalities?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Words in the texts (as `projects`/`practices` search them); case- and accent-insensitive.',
  })
  search?: string;
}

@InputType({ description: 'Sort order of the catalogue: one order across both kinds.' })
export class CatalogueOrder {
  @Field(() => CatalogueOrderFieldEnum, { description: 'Sort key.' })
  field!: CatalogueOrderField;

  @Field(() => SortDirectionEnum, {
    defaultValue: 'ASC',
    description: 'Direction (unknown starts last either way).',
  })
  direction: SortDirection = 'ASC';
}

@ObjectType({ description: 'One project or practice in the catalogue, with its cursor.' })
export class CatalogueEdge {
  @Field(() => String, {
    description: 'Opaque position of this item; pass it as `after` to continue after it.',
  })
  cursor!: string;

  @Field(() => OwnerItem, { description: 'The project or practice.' })
  node!: Project | Practice;
}

@ObjectType({
  description:
    'A page of projects and practices in one order (by name or start), with the total over both kinds and each kind’s count.',
})
export class CatalogueConnection {
  @Field(() => [CatalogueEdge], {
    description: 'The items on this page, projects and practices in one order.',
  })
  edges!: CatalogueEdge[];

  @Field(() => PageInfo, { description: 'Where this page is in the whole list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Projects and practices matching the filter, over all pages.' })
  totalCount!: number;

  @Field(() => Int, { description: 'Of them projects (0 when the filter leaves projects out).' })
  projectCount!: number;

  @Field(() => Int, { description: 'Of them practices (0 when the filter leaves practices out).' })
  practiceCount!: number;
}
