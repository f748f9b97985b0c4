import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123064258_initial } from './Migration20261123064258_initial';
import { Migration20261123065628_indicators } from './Migration20261123065628_indicators';
import { Migration20261123104038_ingestion } from './Migration20261123104038_ingestion';
import { Migration20261123105503_hardening } from './Migration20261123105503_hardening';
import { Migration20261123112328_indexes_and_data_version } from './Migration20261123112328_indexes_and_data_version';
import { Migration20261130091306_money_cents_aims_summaries } from './Migration20261130091306_money_cents_aims_summaries';
import { Migration20261130091433_national_register } from './Migration20261130091433_national_register';
import { Migration20261130130000_indicator_finnish } from './Migration20261130130000_indicator_finnish';

/** Applied in this order; `pnpm db migration:create <name>` appends to it. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123064258_initial', class: Migration20261123064258_initial },
  { name: 'Migration20261123065628_indicators', class: Migration20261123065628_indicators },
  { name: 'Migration20261123104038_ingestion', class: Migration20261123104038_ingestion },
  { name: 'Migration20261123105503_hardening', class: Migration20261123105503_hardening },
  {
    name: 'Migration20261123112328_indexes_and_data_version',
    class: Migration20261123112328_indexes_and_data_version,
  },
  {
    name: 'Migration20261130091306_money_cents_aims_summaries',
    class: Migration20261130091306_money_cents_aims_summaries,
  },
  { name: 'Migration20261130091433_national_register', class: Migration20261130091433_national_register },
  { name: 'Migration20261130130000_indicator_finnish', class: Migration20261130130000_indicator_finnish },
];
