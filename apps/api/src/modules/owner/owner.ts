import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { numericIdOf } from '../../graphql/global-id';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';

export interface Owner {
  project: Project | null;
  practice: Practice | null;
}

/** Resolves the `projectId` / `practiceId` pair of a detail record's input: exactly one must be given. */
export async function resolveOwner(
  em: EntityManager,
  input: { projectId?: string | null; practiceId?: string | null },
): Promise<Owner> {
  if (!!input.projectId === !!input.practiceId) {
    throw badInput('input.projectId', 'give exactly one of projectId and practiceId.');
  }
  if (input.projectId) {
    const project = await em.findOne(Project, numericIdOf('Project', input.projectId, 'input.projectId'));
    if (!project) throw badInput('input.projectId', 'no such project.');
    return { project, practice: null };
  }
  const practice = await em.findOne(
    Practice,
    numericIdOf('Practice', input.practiceId as string, 'input.practiceId'),
  );
  if (!practice) throw badInput('input.practiceId', 'no such practice.');
  return { project: null, practice };
}
