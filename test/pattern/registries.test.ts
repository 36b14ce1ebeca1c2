import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barrels, schemaFiles } from '../../scripts/generate/barrels.js';
import { modules } from '../../src/modules.js';
import { moduleSchemas } from '../../src/registry.js';

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
});
