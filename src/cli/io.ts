import type { Database } from '../db.js';

/**
 * Where a CLI run reads and writes: the process's streams, environment and working directory for
 * the binary, or a test's own (the suite runs most commands in process, `runCli(argv, io)`).
 */
export type OutStream = { write(text: string): unknown; isTTY?: boolean };

export type Io = {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /**
   * Opens an embedded PGlite data folder (after the run has locked it). The binary opens a new
   * PGlite each run; the test suite hands in one database it keeps open between runs, since
   * starting PGlite costs a few hundred milliseconds a run.
   */
  openPglite?: (path: string) => Promise<OpenedPglite>;
};

/** An open PGlite database and how to let go of it at the end of a run. */
export type OpenedPglite = { db: Database; close(): Promise<void> };

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
