import { DualMigration } from '../migration-base';

// Indicator definitions and sources in Finnish (the dashboard's language), beside the English ones.
export class Migration20261130130000_indicator_finnish extends DualMigration {
  protected readonly statements = {
    sqlite: [
      'alter table `indicator` add column `definition_fi` text null',
      'alter table `indicator` add column `source_fi` text null',
    ],
    postgresql: [
      'alter table "indicator" add column "definition_fi" text null, add column "source_fi" text null',
    ],
  };
}
