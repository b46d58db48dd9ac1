// One error type for bad input: it names the file and line, says what was
// expected, and prints a two-line code frame, never a stack trace.

export class ParseError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;
  readonly lineText: string | undefined;

  constructor(file: string, line: number | undefined, reason: string, lineText?: string, column?: number) {
    super(formatLocation(file, line, column) + ': ' + reason);
    this.name = 'ParseError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.lineText = lineText;
  }

  /** `file:line:column: reason`, then the source line and a caret under the column. */
  format(): string {
    const head = this.message;
    if (this.line === undefined || this.lineText === undefined) return head;
    const gutter = `${this.line} | `;
    const caretAt = gutter.length + Math.max(0, (this.column ?? 1) - 1);
    return `${head}\n  ${gutter}${this.lineText}\n  ${' '.repeat(caretAt)}^`;
  }
}

function formatLocation(file: string, line: number | undefined, column: number | undefined): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}
