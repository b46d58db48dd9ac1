// Test support: print a page break with its furniture into a source text, the
// way this extraction prints one (content/sources/A-73-112.zh.txt lines
// 896–907, A-66-115.zh.txt lines 915–924): the old page's link-annotation
// lines, blank lines, the running header, the footer with job number and page,
// blank lines, then the new page's first line. That line is given the one
// extra space a page's first line carries at a seam, as a new report is
// expected to print it at every page break (the four furniture breaks in these
// two reports fall between paragraphs and print none).

/** Header and footer of one page, in the style of the report they go into, up to the new page's first line. */
export function furnitureLines(symbol: string, page: number): string[] {
  if (symbol === 'A/66/115') return ['A/66/115  ', ' ', '', `11-39379 (C)${page} `, ' ', ''];
  // A/73/112 sets even pages' header flush left and their page number last.
  const even = page % 2 === 0;
  const header = even ? `${symbol}  ` : ` ${symbol} `;
  const footer = even ? `18-10827 ${page}/19 ` : `${page}/19 18-10827 `;
  return [header, '', ' ', '', footer, '', ' ', ''];
}

export interface PageBreak {
  /** Source line (1-based) that is to open the new page. */
  line: number;
  /** The page number the footer states. */
  page: number;
  /** Link-annotation lines printed at the foot of the old page. */
  links?: readonly string[];
}

/**
 * The text with a page's furniture printed before `line`. After an empty
 * line, the line is given the page's extra space; at a seam (a line touching
 * the one before) it carries it already.
 */
export function insertPageBreak(text: string, symbol: string, { line, page, links = [] }: PageBreak): string {
  const lines = text.split('\n');
  const opening = lines[line - 1];
  if (line < 2 || opening === undefined || opening.trim() === '') {
    throw new Error(`no page break fits before line ${line}: expected a text line there`);
  }
  const seam = lines[line - 2]!.trim() !== '';
  const furniture = [...links, '', '', ...furnitureLines(symbol, page)];
  return [...lines.slice(0, line - 1), ...furniture, seam ? opening : ' ' + opening, ...lines.slice(line)].join('\n');
}
