#!/usr/bin/env node
/**
 * `saas-schema`: migrate, seed, roll back, inspect and verify a database with this package, on a
 * PostgreSQL server or an embedded PGlite database. See docs/cli.md.
 */
import { processIo } from './io.js';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
