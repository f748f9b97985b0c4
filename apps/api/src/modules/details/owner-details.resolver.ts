import { Authorized, type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { itemCostRoles } from '../indicator/cost-roles.service';
import { ItemCostRoles } from '../indicator/cost-roles.types';
import { Outcome } from '../outcome/outcome.entity';
import { Contact } from '../person/contact.entity';
import { PlaceLink } from '../place/place-link.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { CitedResolver } from '../source/cited.resolver';
import { Term } from '../vocabulary/term.entity';
import { TermLinkInfo, termLinksOf, termsOf } from '../vocabulary/term.loaders';

/**
 * Fields projects and practices share: the detail records that point at them (sectors, target
 * groups, places, contacts, costs, funding lines, outcomes), each batched per request.
 */
export function OwnerDetailsResolver<T extends { id: number }>(
  type: ClassType<T>,
  owner: 'project' | 'practice',
) {
  const label = owner === 'project' ? 'project' : 'practice';

  @Resolver(() => type)
  abstract class OwnerDetails extends CitedResolver(type) {
    @FieldResolver(() => [Term], {
      description: 'Sectors (services) involved now; aims are apart (`sectorAims`).',
    })
    sectors(@Root() r: T, @Ctx() ctx: Context) {
      return termsOf(ctx, owner, r.id, 'SECTOR');
    }

    @FieldResolver(() => [Term], { description: 'Target groups.' })
    targetGroups(@Root() r: T, @Ctx() ctx: Context) {
      return termsOf(ctx, owner, r.id, 'TARGET_GROUP');
    }

    @FieldResolver(() => [PlaceLink], {
      description: `Places where the ${label} worked, piloted or was rolled out.`,
    })
    places(@Root() r: T, @Ctx() ctx: Context) {
      return ctx.loaders.children(PlaceLink, owner).load(r.id);
    }

    @Authorized()
    @FieldResolver(() => [Contact], {
      description: 'Named contact people (personal data: needs an API key).',
    })
    contacts(@Root() r: T, @Ctx() ctx: Context) {
      return ctx.loaders.children(Contact, owner).load(r.id);
    }

    @FieldResolver(() => [CostItem], {
      description: 'Cost figures: whole budgets, municipalities’ shares, realised totals.',
    })
    costs(@Root() r: T, @Ctx() ctx: Context) {
      return ctx.loaders.children(CostItem, owner).load(r.id);
    }

    @FieldResolver(() => [FundingLine], {
      description:
        'Funding lines: funder, amount, kind (incl. a stated absence of separate funding), decision date.',
    })
    fundings(@Root() r: T, @Ctx() ctx: Context) {
      return ctx.loaders.children(FundingLine, owner).load(r.id);
    }

    @FieldResolver(() => [ItemCostRoles], {
      description: `What the ${label} cost each municipality taking part, told apart: gross cost, external funding, net own cost (each exact, with basis, years and citations); with a whole budget, the other parties’ part and external funding’s share of the whole (derived).`,
    })
    costRoles(@Root() r: T, @Ctx() ctx: Context) {
      const type = owner === 'project' ? 'Project' : 'Practice';
      return ctx.loaders
        .keyed(`costRoles:${type}`, async (ids) => {
          const roles = await itemCostRoles(ctx.em, type, ids as number[]);
          return ids.map((id) => roles.get(Number(id)) ?? []);
        })
        .load(r.id);
    }

    @FieldResolver(() => [TermLinkInfo], {
      description:
        'Sectors with their status (CURRENT, or AIM when the document states it only as an aim) and the passages that back each.',
    })
    sectorLinks(@Root() r: T, @Ctx() ctx: Context) {
      return termLinksOf(ctx, owner, r.id, 'SECTOR');
    }

    @FieldResolver(() => [TermLinkInfo], {
      description: 'Target groups with their status and the passages that back each.',
    })
    targetGroupLinks(@Root() r: T, @Ctx() ctx: Context) {
      return termLinksOf(ctx, owner, r.id, 'TARGET_GROUP');
    }

    @FieldResolver(() => [Term], {
      description:
        'Sectors the document states only as an aim (“tavoitteena on …”), kept apart from `sectors`.',
    })
    sectorAims(@Root() r: T, @Ctx() ctx: Context) {
      return termsOf(ctx, owner, r.id, 'SECTOR', true);
    }

    @FieldResolver(() => [Outcome], { description: `Outcomes reported for the ${label} itself.` })
    outcomes(@Root() r: T, @Ctx() ctx: Context) {
      return ctx.loaders.children(Outcome, owner).load(r.id);
    }
  }
  return OwnerDetails;
}

/** The detail fields of projects: registered here, so the project folder knows none of its details. */
@Resolver(() => Project)
export class ProjectDetailsResolver extends OwnerDetailsResolver(Project, 'project') {}

/** The detail fields of practices. */
@Resolver(() => Practice)
export class PracticeDetailsResolver extends OwnerDetailsResolver(Practice, 'practice') {}
