// A block's printed list mark → the item label a reader of the UN PDF looks for: "3." → "3",
// "(a)" → "(a)". The report prints no paragraph numbers inside a reply, but it does number
// and letter some list items; those marks are the report's own locators. Bullets and dashes
// (•, –) mark an item without naming it, so they give none.

/** "3." or "3" (a numbered item), "(a)", "a)" or "a." (a lettered one); roman numerals too. */
const NAMING_MARK = /^(?:\(?([0-9]+|[a-z]|[ivx]+)\)|([0-9]+|[a-z]|[ivx]+)\.?)$/i;

/** The item's own label as the report prints it, without a closing period; undefined for a mark that names nothing. */
export function printedItemLabel(marker: string | undefined): string | undefined {
  const mark = marker?.trim();
  if (!mark) return undefined;
  const match = NAMING_MARK.exec(mark);
  if (!match) return undefined;
  return match[2] !== undefined ? match[2] : mark;
}
