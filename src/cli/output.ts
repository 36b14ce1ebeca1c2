/**
 * What the CLI prints. Results go to stdout, errors and progress to stderr. Colour only when the
 * stream is a terminal and NO_COLOR is unset; a progress spinner only on a terminal, and only once
 * a step has taken more than a moment.
 */
const useColour = (stream: NodeJS.WriteStream) =>
  Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';

const paint = (code: string) => (text: string) =>
  useColour(process.stdout) ? `\x1b[${code}m${text}\x1b[0m` : text;
export const green = paint('32');
export const red = paint('31');
export const yellow = paint('33');
export const dim = paint('2');
export const bold = paint('1');

export const duration = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export class Output {
  /**
   * @param quiet print only errors and requested output (`data`)
   * @param dataOnStdout stdout carries data (JSON, SQL): notes go to stderr instead
   */
  constructor(
    readonly quiet = false,
    readonly dataOnStdout = false,
  ) {}

  /** A line of human output (skipped with --quiet). */
  line(text = ''): void {
    if (this.quiet) return;
    (this.dataOnStdout ? process.stderr : process.stdout).write(`${text}\n`);
  }

  /** Requested output (JSON, SQL): always printed, to stdout. */
  data(text: string): void {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  warn(text: string): void {
    process.stderr.write(`${useColour(process.stderr) ? `\x1b[33mwarning\x1b[0m` : 'warning'}: ${text}\n`);
  }

  /** Shows a spinner with `label` if the step takes longer than 300 ms; returns a stop function. */
  progress(label: string): () => void {
    if (this.quiet || !process.stderr.isTTY) return () => {};
    const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
    let frame = 0;
    let drawn = false;
    let interval: NodeJS.Timeout | undefined;
    const draw = () => {
      drawn = true;
      process.stderr.write(`\r\x1b[2K${frames[frame++ % frames.length]} ${label}…`);
    };
    const timeout = setTimeout(() => {
      draw();
      interval = setInterval(draw, 80);
      interval.unref();
    }, 300);
    timeout.unref();
    return () => {
      clearTimeout(timeout);
      if (interval) clearInterval(interval);
      if (drawn) process.stderr.write('\r\x1b[2K');
    };
  }
}

export function errorLine(message: string): string {
  const label = useColour(process.stderr) ? '\x1b[31merror\x1b[0m' : 'error';
  return `${label}: ${message}\n`;
}
