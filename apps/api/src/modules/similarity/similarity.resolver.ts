import { EVIDENCE_TYPES, type EvidenceType } from '@vertailu/data';
import { strongestEvidence } from '@vertailu/indicators';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { badInput, notFound } from '../../core/domain-error';
import { EvidenceTypeEnum } from '../../graphql/enums';
import { fromGlobalId } from '../../graphql/global-id';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { Term } from '../vocabulary/term.entity';
import { termsWithCodes } from '../vocabulary/term.service';
import { similarItems } from './similarity.service';
import { OwnerItem, SimilarItem } from './similarity.types';

const MAX_FIRST = 20;

@Resolver(() => SimilarItem)
export class SimilarityResolver {
  @Query(() => [SimilarItem], {
    description:
      'Projects and practices most similar to one project or practice, across municipalities: by their Finnish texts (aims, needs, solution, results; Snowball stems, TF-IDF cosine) raised by shared target groups, sectors and outcome domains. Each with why.',
  })
  async similarItems(
    @Arg('id', () => ID, { description: 'Id of a project or practice.' }) id: string,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many (1–${MAX_FIRST}).` }) first: number,
    @Arg('includeSameMunicipality', () => Boolean, {
      defaultValue: false,
      description: 'Also list items of the same municipality (default: only others’).',
    })
    includeSameMunicipality: boolean,
    @Ctx() ctx: Context,
  ): Promise<SimilarItem[]> {
    if (first < 1 || first > MAX_FIRST) throw badInput('first', `must be between 1 and ${MAX_FIRST}.`);
    const { type, id: raw } = fromGlobalId(id, 'id');
    const n = Number(raw);
    if ((type !== 'Project' && type !== 'Practice') || !Number.isSafeInteger(n) || n <= 0)
      throw badInput('id', `"${id}" is not the id of a project or practice.`);
    const owner = await itemOf(ctx, type, n);
    if (!owner) throw notFound(type, id);
    const matches = await similarItems(ctx.em, { id, first, includeSameMunicipality });
    return matches.map((m) => ({
      id: m.id,
      score: m.score,
      textScore: m.textScore,
      sameMunicipality: m.sameMunicipality,
      sharedTerms: m.sharedTerms.map((t) => ({ word: t.word, stem: t.term, contribution: t.contribution })),
      sharedTargetGroups: m.sharedTargetGroups,
      sharedSectors: m.sharedSectors,
      sharedDomains: m.sharedDomains,
    }));
  }

  @FieldResolver(() => OwnerItem, { description: 'The similar project or practice.' })
  async item(@Root() s: SimilarItem, @Ctx() ctx: Context) {
    const { type, id } = fromGlobalId(s.id);
    return itemOf(ctx, type, Number(id));
  }

  @FieldResolver(() => [Term], { description: 'Target groups both serve.' })
  sharedTargetGroups(@Root() s: SimilarItem, @Ctx() ctx: Context) {
    return termsByCode(ctx, 'TARGET_GROUP', s.sharedTargetGroups);
  }

  @FieldResolver(() => [Term], { description: 'Sectors both involve.' })
  sharedSectors(@Root() s: SimilarItem, @Ctx() ctx: Context) {
    return termsByCode(ctx, 'SECTOR', s.sharedSectors);
  }

  @FieldResolver(() => [Term], { description: 'Outcome domains both report on.' })
  sharedDomains(@Root() s: SimilarItem, @Ctx() ctx: Context) {
    return termsByCode(ctx, 'OUTCOME_DOMAIN', s.sharedDomains);
  }

  @FieldResolver(() => EvidenceTypeEnum, {
    nullable: true,
    description: 'The strongest evidence among the item’s own outcomes; null when it reports none.',
  })
  async strongestEvidence(@Root() s: SimilarItem, @Ctx() ctx: Context): Promise<EvidenceType | null> {
    const { type, id } = fromGlobalId(s.id);
    const outcomes = await ctx.loaders
      .children(Outcome, type === 'Project' ? 'project' : 'practice')
      .load(Number(id));
    return strongestEvidence(outcomes.map((o) => o.evidenceType).filter((e) => EVIDENCE_TYPES.includes(e)));
  }
}

function itemOf(ctx: Context, type: string, id: number): Promise<Project | Practice | null> {
  return type === 'Project' ? ctx.loaders.byId(Project).load(id) : ctx.loaders.byId(Practice).load(id);
}

/** Terms by vocabulary and code, one statement per request level. */
async function termsByCode(ctx: Context, vocabulary: Term['vocabulary'], codes: string[]): Promise<Term[]> {
  const loader = ctx.loaders.keyed<Term | null>('term-by-code', async (keys) => {
    const rows = await termsWithCodes(
      ctx.em,
      keys.map((k) => String(k).split(':')[1] ?? ''),
    );
    const byKey = new Map(rows.map((t) => [`${t.vocabulary}:${t.code}`, t]));
    return keys.map((k) => byKey.get(String(k)) ?? null);
  });
  const terms = await loader.loadMany(codes.map((c) => `${vocabulary}:${c}`));
  return terms.filter((t): t is Term => t instanceof Term);
}
