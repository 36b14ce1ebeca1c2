/**
 * What the CLI prints. Results go to stdout, errors and progress to stderr. Colour only when the
 * stream is a terminal and NO_COLOR is unset; a progress spinner only on a terminal, and only once
 * a step has taken more than a moment.
 */
import type { Io, OutStream } from './io.js';

const useColour = (io: Io, stream: OutStream) =>
  Boolean(stream.isTTY) && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb';

/** The styles of stdout's text: ANSI codes on a colour terminal, the plain text otherwise. */
function palette(colour: boolean) {
  const paint = (code: string) => (text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { green: paint('32'), red: paint('31'), yellow: paint('33'), dim: paint('2'), bold: paint('1') };
}

export const duration = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export class Output {
  /** Styles for stdout's text (colour only on a colour terminal). */
  readonly paint: ReturnType<typeof palette>;

  /**
   * @param io where the run writes
   * @param quiet print only errors and requested output (`data`)
   * @param dataOnStdout stdout carries data (JSON, SQL): notes go to stderr instead
   */
  constructor(
    readonly io: Io,
    readonly quiet = false,
    readonly dataOnStdout = false,
  ) {
    this.paint = palette(useColour(io, io.stdout));
  }

  /** A line of human output (skipped with --quiet). */
  line(text = ''): void {
    if (this.quiet) return;
    (this.dataOnStdout ? this.io.stderr : this.io.stdout).write(`${text}\n`);
  }

  /** Requested output (JSON, SQL): always printed, to stdout. */
  data(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  warn(text: string): void {
    this.io.stderr.write(
      `${useColour(this.io, this.io.stderr) ? `\x1b[33mwarning\x1b[0m` : 'warning'}: ${text}\n`,
    );
  }

  /** Shows a spinner with `label` if the step takes longer than 300 ms; returns a stop function. */
  progress(label: string): () => void {
    if (this.quiet || !this.io.stderr.isTTY) return () => {};
    const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
    let frame = 0;
    let drawn = false;
    let interval: NodeJS.Timeout | undefined;
    const draw = () => {
      drawn = true;
      this.io.stderr.write(`\r\x1b[2K${frames[frame++ % frames.length]} ${label}…`);
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
      if (drawn) this.io.stderr.write('\r\x1b[2K');
    };
  }
}

export function errorLine(io: Io, message: string): string {
  const label = useColour(io, io.stderr) ? '\x1b[31merror\x1b[0m' : 'error';
  return `${label}: ${message}\n`;
}
