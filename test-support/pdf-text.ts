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
  // may read the radical back: NFKC maps the Kangxi radicals to the characters; ⻓, a supplement radical, it leaves.
  return pages.join('\n').normalize('NFKC').replaceAll('⻓', '长');
}
