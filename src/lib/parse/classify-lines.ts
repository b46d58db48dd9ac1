// Source text → one typed line per source line. Pure pattern matching: what a
// line is on its own, plus whether it touches the line before it.

export type LineKind =
  | 'blank' // empty or only spaces
  | 'link' // the PDF's link layer: a line holding only a URL
  | 'furniture' // running symbol line, job-number and page line
  | 'separator' // the ____ line above footnotes
  | 'marker' // a footnote mark alone on its line: "1", "*", "∗"
  | 'language' // [原件：英文]
  | 'date' // [2018 年 4 月 5 日]
  | 'section' // 二. 从各国政府收到的答复
  | 'subsection' // A. 联合国系统
  | 'text';

export interface Line {
  /** 1-based source line number. */
  no: number;
  /** The line as in the file, without its line end. */
  raw: string;
  /** Trimmed, with runs of white space folded to one space. */
  text: string;
  /** Leading spaces. */
  indent: number;
  kind: LineKind;
  /** No empty line between this line and the one before it. */
  touchesPrevious: boolean;
  /** The first line of a new page, seen by touching the end of the old one (see isPageSeam). */
  seam: boolean;
  /** The first text line after a page's furniture, which sets it off with blank lines (see read-page-breaks.ts). */
  afterFurniture?: boolean;
  /** A blank line of many spaces: the footnote rule of some pages. */
  longBlank?: boolean;
  /** furniture: the printed page number it states. */
  page?: number;
  /** language: the name as printed (英文). */
  languageName?: string;
  /** date: year, month, day as printed. */
  date?: { year: number; month: number; day: number };
  /** section / subsection: number or letter, and title. */
  heading?: { number: string; title: string };
}

const LONG_BLANK_MIN = 20;

const LINK = /^https?:\/\/\S+$/;
const SYMBOL_LINE = /^A\/\d+\/\d+$/;
const JOB_THEN_PAGE = /^\d{2}-\d{5}\s+(\d{1,3})\/\d{1,3}$/; // 18-10827 10/19
const PAGE_THEN_JOB = /^(\d{1,3})\/\d{1,3}\s+\d{2}-\d{5}$/; // 15/19 18-10827
const JOB_LANGUAGE_PAGE = /^\d{2}-\d{5}\s*\([A-Z]\)\s*(\d{1,3})$/; // 11-39379 (C)16
const JOB_ONLY = /^\d{2}-\d{5}(\s*\([A-Z]\))?$/;
const SEPARATOR = /^_{3,}$/;
const MARKER = /^(\d{1,2}|[*∗])$/;
const LANGUAGE = /^\[\s*原[件文]\s*[：:]\s*([^\]]*?)\s*\]$/;
const DATE = /^\[\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\]$/;
const SECTION = /^([一二三四五六七八九十]+)\s*[.．]\s*(\S.{0,40})$/;
const SUBSECTION = /^([A-Z])\s*[.．]\s+(\S.{0,40})$/;

export function classifyLines(text: string): Line[] {
  const raws = text.split('\n');
  if (raws.at(-1) === '') raws.pop();
  const lines = raws.map((raw, index) => classifyLine(raw, index + 1, index > 0 && raws[index - 1]!.trim() !== ''));
  return lines.map((line, index) => ({ ...line, seam: isPageSeam(line, lines[index - 1]) }));
}

export function classifyLine(raw: string, no: number, touchesPrevious: boolean): Line {
  const text = raw.trim().replace(/\s+/g, ' ');
  const indent = raw.length - raw.trimStart().length;
  const line: Line = { no, raw, text, indent, kind: 'text', touchesPrevious, seam: false };
  if (text === '') return { ...line, kind: 'blank', longBlank: raw.length >= LONG_BLANK_MIN };
  if (indent === 0 && LINK.test(text)) return { ...line, kind: 'link' };
  const furniturePage = matchFurniture(text);
  if (furniturePage !== undefined)
    return { ...line, kind: 'furniture', ...(furniturePage > 0 ? { page: furniturePage } : {}) };
  if (SEPARATOR.test(text)) return { ...line, kind: 'separator' };
  if (MARKER.test(text)) return { ...line, kind: 'marker' };
  const language = LANGUAGE.exec(text);
  if (language) return { ...line, kind: 'language', languageName: language[1]! };
  const date = DATE.exec(text);
  if (date)
    return { ...line, kind: 'date', date: { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } };
  const section = SECTION.exec(text);
  if (section) return { ...line, kind: 'section', heading: { number: section[1]!, title: section[2]! } };
  const subsection = SUBSECTION.exec(text);
  if (subsection) return { ...line, kind: 'subsection', heading: { number: subsection[1]!, title: subsection[2]! } };
  return line;
}

/** The page number a furniture line states, 0 for furniture without one, undefined for other lines. */
function matchFurniture(text: string): number | undefined {
  if (SYMBOL_LINE.test(text) || JOB_ONLY.test(text)) return 0;
  const match = JOB_THEN_PAGE.exec(text) ?? PAGE_THEN_JOB.exec(text) ?? JOB_LANGUAGE_PAGE.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * In this extraction every printed line is followed by an empty line, except
 * where a page ends: the new page's first line touches the last line of the
 * old one (text, footnote or link layer). Such a line also carries one extra
 * space of indentation. Marks and link lines touch their neighbours on the
 * same page, so they are not seams.
 */
export function isPageSeam(line: Line, previous: Line | undefined): boolean {
  if (!line.touchesPrevious || !previous) return false;
  if (line.kind === 'link' || line.kind === 'marker' || line.kind === 'blank') return false;
  return previous.kind !== 'marker' && previous.kind !== 'separator' && previous.kind !== 'blank';
}

/** Indentation with the page seam's extra space taken off. */
export function effectiveIndent(line: Line): number {
  return Math.max(0, line.indent - (line.seam ? 1 : 0));
}
