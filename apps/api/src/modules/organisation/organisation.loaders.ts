import { relationLoader } from '../../graphql/relations';
import { Organisation } from './organisation.entity';

/** A many-to-one field pointing at a organisation: the per-request loader, or the row's stub for a key-only selection. */
export const loadOrganisation = relationLoader(Organisation);
