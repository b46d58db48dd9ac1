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

/** Where the walk through the main text stands. */
interface Walk {
  file: string;
  skeleton: ReportSkeleton;
  section: Section | undefined;
  /** The section heading, while no line has followed it. */
  sectionLine: Line | undefined;
  inIntro: boolean;
  /** Lines now belong to the last reply. */
  replyOpen: boolean;
  /** Text lines not yet given to a reply: the last of them may be the next reply's heading. */
  pending: Line[];
}

export function findReplies(body: readonly Line[], file: string): ReportSkeleton {
  const walk: Walk = {
    file,
    skeleton: { intro: [], sections: [], replies: [] },
    section: undefined,
    sectionLine: undefined,
    inIntro: false,
    replyOpen: false,
    pending: [],
  };
  for (let index = 0; index < body.length; index++) {
    const line = body[index]!;
    if (!walk.section && !walk.inIntro && line.kind !== 'section') {
      throw new ParseError(
        file,
        line.no,
        'text before the first section: expected a section heading like "一. 导言"',
        line.raw,
      );
    }
    if (line.kind === 'section' || line.kind === 'subsection') openSection(walk, line);
    else if (line.kind === 'language') {
      openReply(walk, line, body[index + 1]);
      index++;
    } else if (line.kind === 'date') {
      throw new ParseError(
        file,
        line.no,
        'a date line without a "[原件：…]" line before it: expected "[原件：英文]" or the like between the reply heading and its date',
        line.raw,
      );
    } else {
      walk.sectionLine = undefined;
      if (walk.inIntro) walk.skeleton.intro.push(line);
      else walk.pending.push(line);
    }
  }
  flush(walk);
  return walk.skeleton;
}

/** The pending lines go to the reply that is open; with none open, they stand where no text may. */
function flush(walk: Walk): void {
  if (walk.pending.length === 0) return;
  if (!walk.replyOpen) {
    const first = walk.pending[0]!;
    throw new ParseError(
      walk.file,
      first.no,
      'text between a section heading and its first reply: expected a reply heading followed by a line like "[原件：英文]"',
      first.raw,
    );
  }
  walk.skeleton.replies.at(-1)!.lines.push(...walk.pending);
  walk.pending = [];
}

/** A section or sub-section heading: the introduction, or where the next replies stand. */
function openSection(walk: Walk, line: Line): void {
  flush(walk);
  walk.replyOpen = false;
  walk.inIntro = false;
  const { number, title } = line.heading!;
  const { sections } = walk.skeleton;
  if (line.kind === 'section' && title === INTRO_TITLE) walk.inIntro = true;
  else if (line.kind === 'section') {
    walk.section = { number, title };
    sections.push({ number, title, subsections: [] });
  } else {
    if (!walk.section)
      throw new ParseError(
        walk.file,
        line.no,
        'a sub-section outside a section: expected a section heading like "三. 从国际组织收到的信息" before it',
        line.raw,
      );
    walk.section = { number: walk.section.number, title: walk.section.title, subsection: { letter: number, title } };
    sections.at(-1)!.subsections.push({ letter: number, title });
  }
  walk.sectionLine = line;
}

/** "[原件：…]" opens a reply: the line before it is its heading, the line after it its date. */
function openReply(walk: Walk, line: Line, dateLine: Line | undefined): void {
  if (walk.inIntro)
    throw new ParseError(
      walk.file,
      line.no,
      'a reply inside the introduction: expected a section heading like "二. 从各国政府收到的答复" before it',
      line.raw,
    );
  const heading = takeHeading(walk.pending, walk.sectionLine, line, walk.file);
  flush(walk);
  if (!dateLine || dateLine.kind !== 'date') {
    const at = dateLine ?? line;
    throw new ParseError(
      walk.file,
      at.no,
      `expected a date line like "[2018 年 4 月 5 日]" after "${line.text}"`,
      at.raw,
    );
  }
  walk.skeleton.replies.push({ ...heading, section: walk.section!, languageLine: line, dateLine, lines: [] });
  walk.replyOpen = true;
  walk.sectionLine = undefined;
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
