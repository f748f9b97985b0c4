import type { Context } from '../../context';
import { pkOf } from '../../graphql/loaders';
import { Term, type Vocabulary } from './term.entity';
import { TermLink } from './term-link.entity';

/** Terms of one vocabulary linked to a project or practice: two batched statements per level. */
export async function termsOf(
  ctx: Context,
  owner: 'project' | 'practice',
  ownerId: number,
  vocabulary: Vocabulary,
): Promise<Term[]> {
  const links = await ctx.loaders.children(TermLink, owner).load(ownerId);
  const terms = await ctx.loaders.byId(Term).loadMany(links.map((l) => pkOf(l.term) as number));
  return terms.filter((t): t is Term => t instanceof Term && t.vocabulary === vocabulary);
}
