// Main text lines → the report's skeleton: introduction, sections, and one
// draft per reply with its heading, original language, date and text lines.
import type { Line } from './classify-lines.ts';
import { ParseError } from './parse-error.ts';
import type { ReportSection, Section } from '../schema.ts';

export interface ReplyDraft {
  /** The heading as printed, without footnote marks; for a section that is itself the reply, the section title. */
  heading: string;
  /** Footnote marks printed after the heading. */
  headingMarkers: string[];
  /** The heading line (the section line where the section is the reply). */
  headingLine: Line;
  section: Section;
  languageLine: Line;
  dateLine: Line;
  lines: Line[];
}

export interface ReportSkeleton {
  intro: Line[];
  sections: ReportSection[];
  replies: ReplyDraft[];
}

const INTRO_TITLE = '导言';
const HEADING_MARK = /\s*([*∗])$/;

export function findReplies(body: readonly Line[], file: string): ReportSkeleton {
  const intro: Line[] = [];
  const sections: ReportSection[] = [];
  const replies: ReplyDraft[] = [];
  let section: Section | undefined;
  let sectionLine: Line | undefined; // the section heading, while no line has followed it
  let inIntro = false;
  let replyOpen = false; // lines now belong to the last reply
  let pending: Line[] = [];

  const flush = (): void => {
    if (pending.length === 0) return;
    if (!replyOpen) {
      const first = pending[0]!;
      throw new ParseError(
        file,
        first.no,
        'text between a section heading and its first reply: expected a reply heading followed by a line like "[原件：英文]"',
        first.raw,
      );
    }
    replies.at(-1)!.lines.push(...pending);
    pending = [];
  };

  for (let index = 0; index < body.length; index++) {
    const line = body[index]!;
    if (!section && !inIntro && line.kind !== 'section') {
      throw new ParseError(
        file,
        line.no,
        'text before the first section: expected a section heading like "一. 导言"',
        line.raw,
      );
    }
    if (line.kind === 'section' || line.kind === 'subsection') {
      flush();
      replyOpen = false;
      inIntro = false;
      const { number, title } = line.heading!;
      if (line.kind === 'section' && title === INTRO_TITLE) inIntro = true;
      else if (line.kind === 'section') {
        section = { number, title };
        sections.push({ number, title, subsections: [] });
      } else {
        if (!section)
          throw new ParseError(
            file,
            line.no,
            'a sub-section outside a section: expected a section heading like "三. 从国际组织收到的信息" before it',
            line.raw,
          );
        section = { number: section.number, title: section.title, subsection: { letter: number, title } };
        sections.at(-1)!.subsections.push({ letter: number, title });
      }
      sectionLine = line;
      continue;
    }
    if (line.kind === 'language') {
      if (inIntro)
        throw new ParseError(
          file,
          line.no,
          'a reply inside the introduction: expected a section heading like "二. 从各国政府收到的答复" before it',
          line.raw,
        );
      const heading = takeHeading(pending, sectionLine, line, file);
      flush();
      const dateLine = body[index + 1];
      if (!dateLine || dateLine.kind !== 'date') {
        const at = dateLine ?? line;
        throw new ParseError(
          file,
          at.no,
          `expected a date line like "[2018 年 4 月 5 日]" after "${line.text}"`,
          at.raw,
        );
      }
      replies.push({ ...heading, section: section!, languageLine: line, dateLine, lines: [] });
      replyOpen = true;
      sectionLine = undefined;
      index++;
      continue;
    }
    if (line.kind === 'date') {
      throw new ParseError(
        file,
        line.no,
        'a date line without a "[原件：…]" line before it: expected "[原件：英文]" or the like between the reply heading and its date',
        line.raw,
      );
    }
    sectionLine = undefined;
    if (inIntro) intro.push(line);
    else pending.push(line);
  }
  flush();
  return { intro, sections, replies };
}

/** The line before "[原件：…]" is the reply's heading; where there is none, the section heading is. */
function takeHeading(
  pending: Line[],
  sectionLine: Line | undefined,
  languageLine: Line,
  file: string,
): Pick<ReplyDraft, 'heading' | 'headingMarkers' | 'headingLine'> {
  if (sectionLine && pending.length === 0) {
    return { heading: sectionLine.heading!.title, headingMarkers: [], headingLine: sectionLine };
  }
  const last = pending.at(-1);
  if (!last || last.kind !== 'text') {
    throw new ParseError(
      file,
      languageLine.no,
      `expected a reply heading (the respondent's name) on the line before "${languageLine.text}"`,
      languageLine.raw,
    );
  }
  pending.pop();
  const markers: string[] = [];
  let heading = last.text;
  for (let mark = HEADING_MARK.exec(heading); mark; mark = HEADING_MARK.exec(heading)) {
    markers.unshift(mark[1]!);
    heading = heading.slice(0, mark.index);
  }
  return { heading, headingMarkers: markers, headingLine: last };
}
