import type { EntityClass } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { fromGlobalId } from '../../graphql/global-id';
import { NodeInterface } from '../../graphql/node.interface';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { Municipality } from '../municipality/municipality.entity';
import { ServiceOrganiser } from '../municipality/service-organiser.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Place } from '../place/place.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { Source } from '../source/source.entity';

/** Types reachable through `node(id)`: every type implementing Node. */
const NODE_TYPES: Record<string, EntityClass<object>> = Object.fromEntries(
  [Project, Practice, Outcome, FundingLine, CostItem, Organisation, Place, Source].map((e) => [e.name, e]),
);

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any object by its global id; null if there is none.',
  })
  async node(
    @Arg('id', () => ID, { description: 'Global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<object | null> {
    const { type, id: raw } = fromGlobalId(id);
    if (type === 'Municipality') return ctx.loaders.byId(Municipality, 'code').load(raw);
    if (type === 'ServiceOrganiser') return ctx.loaders.byId(ServiceOrganiser, 'code').load(raw);
    const entity = NODE_TYPES[type];
    const n = Number(raw);
    if (!entity || !Number.isSafeInteger(n)) return null;
    return ctx.loaders.byId(entity).load(n);
  }
}
