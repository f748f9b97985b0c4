import { relationLoader } from '../../graphql/relations';
import { Municipality } from './municipality.entity';

/** A many-to-one field pointing at a municipality: the per-request loader, or the row's stub for a key-only selection. */
export const loadMunicipality = relationLoader(Municipality, 'code');
