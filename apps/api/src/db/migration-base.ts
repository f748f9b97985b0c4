import { Migration } from '@mikro-orm/migrations';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export interface DialectSql {
  postgresql: string[];
  sqlite: string[];
}

/**
 * One migration history for both databases: each migration carries the SQL that MikroORM's schema
 * diff produced for each dialect (see `pnpm db migration:create`), and runs the one that fits.
 */
export abstract class DualMigration extends Migration {
  protected abstract readonly statements: DialectSql;

  override up(): void {
    const dialect = this.driver.getPlatform() instanceof PostgreSqlPlatform ? 'postgresql' : 'sqlite';
    for (const sql of this.statements[dialect]) this.addSql(sql);
  }
}
