import { queryParamError, type RestError } from '../errors.ts';

/**
 * A position in one query-string value, with the primitives PostgREST's
 * Parsec grammar (`ApiRequest/QueryParams.hs`) is built from. Failures carry
 * PostgREST's PGRST100 message shape: the parser label and the column.
 */
export class Cursor {
  pos = 0;

  constructor(
    readonly input: string,
    readonly label: string,
  ) {}

  get rest(): string {
    return this.input.slice(this.pos);
  }

  eof(): boolean {
    return this.pos >= this.input.length;
  }

  peek(offset = 0): string {
    return this.input.charAt(this.pos + offset);
  }

  startsWith(text: string): boolean {
    return this.input.startsWith(text, this.pos);
  }

  /** Consumes `text` when it comes next; returns whether it did. */
  accept(text: string): boolean {
    if (!this.startsWith(text)) return false;
    this.pos += text.length;
    return true;
  }

  expect(text: string, expecting = `"${text}"`): void {
    if (!this.accept(text)) this.fail([expecting]);
  }

  /** Runs `parse`; on failure restores the position and returns null (Parsec's `try`). */
  attempt<T>(parse: () => T): T | null {
    const start = this.pos;
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ParseFailure)) throw error;
      this.pos = start;
      return null;
    }
  }

  fail(expecting: string[]): never {
    throw new ParseFailure(this, expecting, false);
  }

  /**
   * Fails where `candidate` should start. Parsec names the first character
   * that differs from the candidate, while reporting the starting column.
   */
  failMismatch(candidate: string, expecting: string[]): never {
    let index = 0;
    while (index < candidate.length && this.peek(index) === candidate[index]) index += 1;
    const char = this.input.charAt(this.pos + index);
    throw new ParseFailure(this, expecting, false, char === '' ? null : JSON.stringify(char));
  }

  /**
   * Fails where an item should have ended. Parsec shows the character found
   * there in single quotes (`unexpected '!'`), unlike a failed match.
   */
  failAtEnd(expecting: string[]): never {
    throw new ParseFailure(this, expecting, true);
  }

  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos += 1;
  }
}

/** A parse error at one position; `toRestError` renders it as PostgREST does. */
export class ParseFailure extends Error {
  readonly position: number;
  readonly expecting: string[];
  readonly unexpected: string;
  readonly label: string;

  constructor(cursor: Cursor, expecting: string[], atEnd: boolean, shownChar?: string | null) {
    const char = cursor.peek();
    let unexpected = atEnd ? `'${char}'` : JSON.stringify(char);
    if (cursor.eof()) unexpected = 'end of input';
    if (shownChar !== undefined) unexpected = shownChar ?? 'end of input';
    super(`unexpected ${unexpected}`);
    this.position = cursor.pos;
    this.expecting = expecting;
    this.unexpected = unexpected;
    this.label = cursor.label;
  }

  toRestError(): RestError {
    const message = `${JSON.stringify(this.label)} (line 1, column ${this.position + 1})`;
    const expecting = this.expecting.filter((item, index, all) => all.indexOf(item) === index);
    let details = `unexpected ${this.unexpected}`;
    if (expecting.length > 0) {
      const list =
        expecting.length === 1
          ? expecting[0]
          : `${expecting.slice(0, -1).join(', ')} or ${expecting[expecting.length - 1]}`;
      details += ` expecting ${list}`;
    }
    return queryParamError(message, details);
  }
}

/** Runs a whole-value parser and converts a failure into PGRST100. */
export function runParser<T>(input: string, label: string, parse: (cursor: Cursor) => T): T {
  const cursor = new Cursor(input, label);
  try {
    return parse(cursor);
  } catch (error) {
    if (error instanceof ParseFailure) throw error.toRestError();
    throw error;
  }
}
