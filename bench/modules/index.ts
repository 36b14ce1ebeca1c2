/**
 * Each module's data and hot paths, in src/modules.ts order (a module's data may refer to an
 * earlier one's). A new module adds its file here; its `perUser()` tables get their RLS-only
 * list pairs automatically (bench/pairs.ts), once its loader fills them.
 */
import type { BenchModule } from '../pairs.js';
import { billing } from './billing.js';
import { core } from './core.js';
import { marketplace } from './marketplace.js';

export const benchModules: Record<string, BenchModule> = { core, billing, marketplace };
