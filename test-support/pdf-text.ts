// The text of a PDF, as pdf.js reads it (pdfjs-dist, the library behind
// Firefox's viewer): what a printout says, for tests of printed pages.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page's text, items joined without separators: a long address wrapped over two lines reads as one. A Node Buffer is copied: pdf.js takes plain Uint8Arrays only. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  // The PDF's CJK fonts share one glyph between a character and its radical (土 and ⼟, 长 and ⻓), and pdf.js
  // may read the radical back: NFKC maps the Kangxi radicals to the characters; the supplement's radicals it
  // leaves, so those printed pages have shown (页, 见, 飞, 民, 门, 长) are mapped here.
  return pages
    .join('\n')
    .normalize('NFKC')
    .replace(/[\u2ea0\u2ec5\u2ed3\u2ed4\u2eda\u2edc]/g, (radical) => RADICAL_FORMS[radical]!);
}

/** CJK Radicals Supplement forms → the characters they stand for. */
const RADICAL_FORMS: Record<string, string> = {
  '\u2ea0': '民',
  '\u2ec5': '见',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2eda': '页',
  '\u2edc': '飞',
};
