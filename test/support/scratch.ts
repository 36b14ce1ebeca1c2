/**
 * Scratch folders for tests, in memory (`/dev/shm`) where the machine has it. Every PGlite test
 * database is a ~40 MB data folder that PostgreSQL writes and fsyncs: on disk, that writeback
 * was half of the suite's time.
 */
import { accessSync, constants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function memoryBacked(): string | undefined {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return undefined;
  }
}

const root = memoryBacked() ?? tmpdir();

/** A new, empty folder named `<prefix>XXXXXX`; the caller removes it. */
export const scratchDir = (prefix: string): string => mkdtempSync(join(root, prefix));
