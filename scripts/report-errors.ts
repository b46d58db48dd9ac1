// How the scripts end on bad input: every ParseError as FILE:LINE: reason with its code frame, exit 1.
import { ParseError } from '../src/lib/parse/parse-error.ts';

/** Print every error as FILE:LINE: reason with its code frame; other errors are bugs and keep their stack. */
export function reportErrors(error: unknown): never {
  const errors = error instanceof AggregateError ? error.errors : [error];
  if (!errors.every((each) => each instanceof ParseError)) throw error;
  for (const each of errors as ParseError[]) console.error(each.format());
  process.exit(1);
}
