import {
  CODE_LABELS,
  CODE_LISTS,
  type CodeListName,
  type EvidenceType,
  evidenceLevel,
  labelOf,
} from '@vertailu/data/vocabulary';
import { Arg, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { badInput } from '../../core/domain-error';

@ObjectType({ description: 'A code with its Finnish and English name and definition.' })
export class CodeLabel {
  @Field(() => String, { description: 'The code, as the API serves it (e.g. NO_SEPARATE_FUNDING).' })
  code!: string;

  @Field(() => String, { description: 'Finnish name, for the Finnish UI.' })
  nameFi!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'What the code means, in Finnish.' })
  definitionFi!: string | null;

  @Field(() => String, { nullable: true, description: 'What the code means, in English.' })
  definitionEn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Position on an ordinal scale (EvidenceType: 0 not yet measured … 4 comparison group).',
  })
  level!: number | null;
}

@ObjectType({ description: 'One code list (a GraphQL enum or a value set) with its labels, in order.' })
export class CodeList {
  @Field(() => String, {
    description: 'The list’s name: the GraphQL enum it labels (CostKind, EvidenceType …).',
  })
  name!: string;

  @Field(() => [CodeLabel], {
    description: 'Its codes in documented order (the evidence scale weakest first).',
  })
  codes!: CodeLabel[];
}

export function codeLists(names?: string[]): CodeList[] {
  const all = Object.keys(CODE_LABELS) as CodeListName[];
  (names ?? []).forEach((n, i) => {
    if (!all.includes(n as CodeListName))
      throw badInput(`lists[${i}]`, `"${n.slice(0, 40)}" is not a code list (one of ${all.join(', ')}).`);
  });
  return (names ? (names as CodeListName[]) : all).map((name) => ({
    name,
    codes: (CODE_LISTS[name] as readonly string[]).map((code) => {
      const label = labelOf(name, code);
      return {
        code,
        nameFi: label.nameFi,
        nameEn: label.nameEn,
        definitionFi: label.definitionFi ?? null,
        definitionEn: label.definitionEn ?? null,
        level: name === 'EvidenceType' ? evidenceLevel(code as EvidenceType) : null,
      };
    }),
  }));
}

@Resolver()
export class CodeLabelsResolver {
  @Query(() => [CodeList], {
    description:
      'Finnish and English names and definitions of every code the API serves (cost kinds and roles, funding kinds, bases, evidence levels 0–4, directions, phases, date kinds, missing reasons …): one vocabulary, so no page shows a raw code.',
  })
  codeLabels(
    @Arg('lists', () => [String], { nullable: true, description: 'Only these lists (default: all).' })
    lists?: string[],
  ): CodeList[] {
    return codeLists(lists);
  }
}
