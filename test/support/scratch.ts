/**
 * Scratch folders for tests, in memory (`/dev/shm`) where the machine has it with room to spare.
 * Every PGlite test database is a ~40 MB data folder that PostgreSQL writes and fsyncs: on disk,
 * that writeback was half of the suite's time. A container's default 64 MB `/dev/shm` would fill
 * up, so below 1 GiB free the OS temp folder is used instead.
 */
import { accessSync, constants, mkdtempSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function memoryBacked(): string | undefined {
  try {
    accessSync('/dev/shm', constants.W_OK);
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize >= 2 ** 30 ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}

const root = memoryBacked() ?? tmpdir();

/** A new, empty folder named `<prefix>XXXXXX`; the caller removes it. */
export const scratchDir = (prefix: string): string => mkdtempSync(join(root, prefix));
