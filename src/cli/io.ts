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
};

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
