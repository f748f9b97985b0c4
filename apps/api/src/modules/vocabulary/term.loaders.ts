import type { LinkStatus } from '@vertailu/data';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { pkOf } from '../../db/plain';
import { LinkStatusEnum } from '../../graphql/enums';
import { Citation } from '../source/citation.entity';
import { citationsOf } from '../source/citation.loaders';
import { Term, type Vocabulary } from './term.entity';
import { TermLink } from './term-link.entity';

/**
 * Terms of one vocabulary linked to a project or practice: two batched statements per level.
 * `aims`: the terms the document states only as an aim (false: the current ones).
 */
export async function termsOf(
  ctx: Context,
  owner: 'project' | 'practice',
  ownerId: number,
  vocabulary: Vocabulary,
  aims = false,
): Promise<Term[]> {
  const links = (await ctx.loaders.children(TermLink, owner).load(ownerId)).filter((l) => l.aim === aims);
  const terms = await ctx.loaders.byId(Term).loadMany(links.map((l) => pkOf(l.term) as number));
  return terms.filter((t): t is Term => t instanceof Term && t.vocabulary === vocabulary);
}

@ObjectType({
  description: 'A sector or target group of a project or practice, with the passages behind it.',
})
export class TermLinkInfo {
  /** The link row, for its citations. */
  link!: TermLink;

  @Field(() => Term, { description: 'The term.' })
  term!: Term;

  @Field(() => LinkStatusEnum, {
    description: 'CURRENT, or AIM when the document states it only as an aim (not current work).',
  })
  status!: LinkStatus;
}

export async function termLinksOf(
  ctx: Context,
  owner: 'project' | 'practice',
  ownerId: number,
  vocabulary: Vocabulary,
): Promise<TermLinkInfo[]> {
  const links = await ctx.loaders.children(TermLink, owner).load(ownerId);
  const terms = await ctx.loaders.byId(Term).loadMany(links.map((l) => pkOf(l.term) as number));
  return links.flatMap((link, i) => {
    const term = terms[i];
    return term instanceof Term && term.vocabulary === vocabulary
      ? [Object.assign(new TermLinkInfo(), { link, term, status: link.aim ? 'AIM' : 'CURRENT' })]
      : [];
  });
}

@Resolver(() => TermLinkInfo)
export class TermLinkInfoResolver {
  @FieldResolver(() => [Citation], { description: 'The passages that back this sector or target group.' })
  citations(@Root() info: TermLinkInfo, @Ctx() ctx: Context): Promise<Citation[]> {
    return citationsOf(ctx, 'TermLink').load(info.link.id);
  }
}
