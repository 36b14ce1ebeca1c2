/**
 * The shipped migrations as sections: a migration that `db:generate` made from SQL units holds one
 * section per unit, each opened by the unit's header; a drizzle-kit schema migration is a single
 * section without a unit. Generation reads them to know what each unit last emitted and which
 * section last defined each object; `verify` to know what the migrations create, by module.
 */
import { type Migration, readMigrations } from '../migrate/index.js';
import { key, type SqlObject, type StatementEffect, statementEffect } from './objects.js';
import { parseStatements } from './parse.js';

/** `-- saas-schema unit: <module>/<name> sha256:<hex>`: the first line of every unit section. */
export const UNIT_HEADER = /^-- saas-schema unit: (\S+) sha256:([0-9a-f]{64})$/m;

export type Section = {
  /** Index and tag of the migration holding the section. */
  idx: number;
  tag: string;
  /** The unit (`module/name`) and the hash of its source; absent for drizzle-kit's sections. */
  unit?: string;
  hash?: string;
  statements: string[];
  effects: StatementEffect[];
};

export const moduleOf = (section: Section) => section.unit?.split('/')[0] ?? 'schema';

/** The sections of one migration, statements parsed. */
export async function migrationSections(migration: Migration): Promise<Section[]> {
  const sections: Section[] = [];
  for (const statement of migration.statements) {
    const header = UNIT_HEADER.exec(statement);
    if (header || sections.length === 0) {
      sections.push({
        idx: migration.idx,
        tag: migration.tag,
        ...(header ? { unit: header[1]!, hash: header[2]! } : {}),
        statements: [],
        effects: [],
      });
    }
    const section = sections.at(-1)!;
    section.statements.push(statement);
    for (const parsed of await parseStatements(statement, migration.tag)) {
      section.effects.push(await statementEffect(parsed, migration.tag));
    }
  }
  return sections;
}

/** Every section of every migration of a folder, in order. */
export async function readSections(migrationsFolder?: string): Promise<Section[]> {
  const sections: Section[] = [];
  for (const migration of readMigrations(migrationsFolder))
    sections.push(...(await migrationSections(migration)));
  return sections;
}

export type LiveObject = SqlObject & { section: Section };

/** The objects the sections create and do not drop again later: what a migrated database has. */
export function liveObjects(sections: Section[]): Map<string, LiveObject> {
  const live = new Map<string, LiveObject>();
  for (const section of sections) {
    for (const effect of section.effects) {
      for (const o of effect.drops) live.delete(key(o));
      for (const o of effect.creates) live.set(key(o), { ...o, section });
    }
  }
  return live;
}
