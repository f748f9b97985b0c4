import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Term, type Vocabulary, VocabularyEnum } from './term.entity';
import { termsOf } from './term.service';

@Resolver(() => Term)
export class TermResolver {
  @Query(() => [Term], {
    description: 'Terms of a controlled vocabulary (sectors, target groups, outcome domains).',
  })
  terms(
    @Arg('vocabulary', () => VocabularyEnum, { description: 'Which vocabulary.' }) vocabulary: Vocabulary,
    @Ctx() ctx: Context,
  ) {
    return termsOf(ctx.em, vocabulary);
  }
}
