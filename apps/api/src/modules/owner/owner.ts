import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';

/** The owner of a detail record: exactly one of a project and a practice. */
export interface Owner {
  project: Project | null;
  practice: Practice | null;
}

/** Resolves the `projectId` / `practiceId` pair of a detail record's command: exactly one must be given. */
export async function resolveOwner(
  em: EntityManager,
  command: { projectId?: number | null; practiceId?: number | null },
): Promise<Owner> {
  if (!!command.projectId === !!command.practiceId) {
    throw badInput('input.projectId', 'give exactly one of projectId and practiceId.');
  }
  if (command.projectId) {
    const project = await em.findOne(Project, command.projectId);
    if (!project) throw badInput('input.projectId', 'no such project.');
    return { project, practice: null };
  }
  const practice = await em.findOne(Practice, command.practiceId as number);
  if (!practice) throw badInput('input.practiceId', 'no such practice.');
  return { project: null, practice };
}
