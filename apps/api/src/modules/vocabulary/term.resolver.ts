import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Term, type Vocabulary, VocabularyEnum } from './term.entity';

@Resolver(() => Term)
export class TermResolver {
  @Query(() => [Term], {
    description: 'Terms of a controlled vocabulary (sectors, target groups, outcome domains).',
  })
  terms(
    @Arg('vocabulary', () => VocabularyEnum, { description: 'Which vocabulary.' }) vocabulary: Vocabulary,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.find(Term, { vocabulary }, { orderBy: { code: 'asc' } });
  }
}
