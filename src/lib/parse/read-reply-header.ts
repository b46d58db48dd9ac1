// The two bracketed lines under a reply heading: original language and date received.
import type { Line } from './classify-lines.ts';
import { ParseError } from './parse-error.ts';
import { LANGUAGES, languageCodeOf, type LanguageCode } from '../languages.ts';

export function readLanguage(line: Line, file: string): LanguageCode {
  const code = languageCodeOf(line.languageName!.replace(/\s+/g, ''));
  if (!code) {
    const known = Object.values(LANGUAGES)
      .map((language) => language.zh)
      .join('、');
    throw new ParseError(
      file,
      line.no,
      `unknown original language "${line.languageName}": expected one of ${known}`,
      line.raw,
    );
  }
  return code;
}

/** "[2018 年 4 月 5 日]" → "2018-04-05"; an impossible date is an error, not a guess. */
export function readDate(line: Line, file: string): string {
  const { year, month, day } = line.date!;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) {
    throw new ParseError(
      file,
      line.no,
      `impossible date "${line.text}": expected a calendar date like "[2018 年 4 月 5 日]"`,
      line.raw,
    );
  }
  return date.toISOString().slice(0, 10);
}
