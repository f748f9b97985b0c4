import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123064258_initial } from './Migration20261123064258_initial';
import { Migration20261123065628_indicators } from './Migration20261123065628_indicators';

/** Applied in this order; `pnpm db migration:create <name>` appends to it. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123064258_initial', class: Migration20261123064258_initial },
  { name: 'Migration20261123065628_indicators', class: Migration20261123065628_indicators },
];
