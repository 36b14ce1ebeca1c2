import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barrels, schemaFiles } from '../../scripts/generate/barrels.js';
import { modules } from '../../src/modules.js';
import { moduleSchemas } from '../../src/registry.js';
import * as validators from '../../src/validators.js';

const folders = readdirSync('src/modules', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('registries are derived from src/modules.ts and the module folders', () => {
  it('lists every module folder in src/modules.ts, and nothing else', () => {
    expect([...modules].sort()).toEqual([...folders].sort());
  });

  it('has the generated files as db:generate would write them now', () => {
    for (const [path, content] of barrels()) {
      expect(
        existsSync(path) ? readFileSync(path, 'utf8') : '(missing)',
        `${path}: run npm run db:generate`,
      ).toBe(content);
    }
  });

  it('gives every module with tables its schema in the registry and the schema entry point', () => {
    const schemaEntry = readFileSync('src/schema.ts', 'utf8');
    for (const module of modules.filter((m) => schemaFiles(m).length > 0)) {
      expect(Object.keys(moduleSchemas)).toContain(module);
      expect(schemaEntry).toContain(`./modules/${module}/index.js`);
    }
  });

  it('exports every part of every module from its entry point', () => {
    const entries = ['validators', 'queries', 'functions']
      .map((e) => readFileSync(`src/${e}.ts`, 'utf8'))
      .join('');
    for (const module of modules) {
      for (const part of ['validation.ts', 'inputs.ts', 'queries.ts', 'functions.ts', 'errors.ts']) {
        if (existsSync(`src/modules/${module}/${part}`)) {
          expect(entries).toContain(`./modules/${module}/${part.replace('.ts', '.js')}`);
        }
      }
    }
  });

  it('gives every field of every validator a type (drizzle-zod makes a domain column `any`)', () => {
    type Schema = { def: { type: string; innerType?: Schema }; shape?: Record<string, Schema> };
    const unwrapped = (s: Schema): Schema => (s.def.innerType ? unwrapped(s.def.innerType) : s);
    const untyped = Object.entries(validators as unknown as Record<string, Schema>).flatMap(
      ([name, schema]) =>
        Object.entries(schema?.shape ?? {})
          .filter(([, field]) => unwrapped(field).def.type === 'any')
          .map(([field]) => `${name}.${field}`),
    );
    expect(untyped).toEqual([]);
  });
});
