import { WriteLedger } from './writeLedger.ts';

/**
 * What a run tells the person running it: step lines and warnings on stderr (stdout is kept for
 * --json), and a live progress line when stderr is a terminal.
 */
export class Reporter {
  readonly warnings: string[] = [];
  /** What the run has written so far: told even when a fatal error stops it. */
  readonly ledger = new WriteLedger();
  private readonly quiet: boolean;
  private readonly tty: boolean;
  private progressShown = false;
  private lastProgress = 0;

  constructor(options: { json: boolean; stream?: NodeJS.WriteStream }) {
    this.stream = options.stream ?? process.stderr;
    this.quiet = options.json;
    this.tty = Boolean(this.stream.isTTY) && !options.json;
  }

  private readonly stream: NodeJS.WriteStream;

  step(message: string): void {
    if (this.quiet) return;
    this.clearProgress();
    this.stream.write(`${message}\n`);
  }

  warn(message: string): void {
    this.warnings.push(message);
    if (this.quiet) return;
    this.clearProgress();
    this.stream.write(`Warning: ${message}\n`);
  }

  /** A progress line, redrawn in place on a terminal at most ten times a second. */
  progress(label: string, done: number, total?: number): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.lastProgress < 100 && (total === undefined || done < total)) return;
    this.lastProgress = now;
    const figure = total
      ? `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.floor((done / total) * 100)}%)`
      : done.toLocaleString('en-US');
    this.stream.write(`\r\x1b[2K${label}: ${figure}`);
    this.progressShown = true;
  }

  private clearProgress(): void {
    if (this.progressShown) {
      this.stream.write('\r\x1b[2K');
      this.progressShown = false;
    }
  }
}
