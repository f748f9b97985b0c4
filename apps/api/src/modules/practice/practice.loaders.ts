import { relationLoader } from '../../graphql/relations';
import { Practice } from './practice.entity';

/** A many-to-one field pointing at a practice: the per-request loader, or the row's stub for a key-only selection. */
export const loadPractice = relationLoader(Practice);
