import { relationLoader } from '../../graphql/relations';
import { Project } from './project.entity';

/** A many-to-one field pointing at a project: the per-request loader, or the row's stub for a key-only selection. */
export const loadProject = relationLoader(Project);
