/**
 * Every table's cells of the RLS matrix: each `test/rls/<module>.ts` exports its `specs`, found
 * here by file name, so adding a module's spec file is all it takes.
 */
import type { RlsTableSpec } from './matrix.js';

const files = import.meta.glob<{ specs?: RlsTableSpec[] }>('./*.ts', { eager: true });

export const rlsSpecs = Object.entries(files)
  .filter(([path]) => !['./matrix.ts', './specs.ts'].includes(path))
  .flatMap(([, file]) => file.specs ?? []);
