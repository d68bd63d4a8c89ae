// A maintainer's mistake in a source or its metadata: the message names the file, the line and the fix.
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly fix: string;

  constructor(file: string, line: number | null, cause: string, fix: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${cause}\n  fix: ${fix}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}
