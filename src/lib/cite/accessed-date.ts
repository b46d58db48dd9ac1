// The access date as each format writes it. The build writes the build day; a
// reader's browser rewrites it to the reader's day (src/scripts/cite-tools.ts),
// so a citation copied next month names next month. Both sides read the forms
// from here. Pure and tiny: it is bundled into the page's script.

/** iso: GB/T 7714 and BibTeX "2026-11-23"; ris: RIS Y2 "2026/11/23/"; csl: CSL-JSON date parts "2026, 11, 23". */
export type AccessedDateForm = 'iso' | 'ris' | 'csl';

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function writeAccessedDate({ year, month, day }: DayParts, form: AccessedDateForm): string {
  if (form === 'csl') return `${year}, ${month}, ${day}`;
  if (form === 'ris') return `${year}/${pad(month)}/${pad(day)}/`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-11-23" → its parts. */
export function readIsoDay(iso: string): DayParts {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** The reader's calendar day, in the reader's time zone: the day they will write in their paper. */
export function localDay(now: Date): DayParts {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** A piece of a citation text: plain text, or the access date in one form. */
export type DatedSegment = { text: string } | { text: string; accessed: AccessedDateForm };

/**
 * Cuts a citation's text where the access date stands, so that a page can
 * mark it. Every form is looked for: a format writes the date in its own.
 */
export function splitAtAccessedDate(text: string, accessedIso: string): DatedSegment[] {
  const day = readIsoDay(accessedIso);
  const forms = (['iso', 'ris', 'csl'] as const).map((form) => ({ form, written: writeAccessedDate(day, form) }));
  const segments: DatedSegment[] = [];
  let rest = text;
  for (;;) {
    const hits = forms
      .map((candidate) => ({ ...candidate, at: rest.indexOf(candidate.written) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at);
    const first = hits[0];
    if (!first) break;
    if (first.at > 0) segments.push({ text: rest.slice(0, first.at) });
    segments.push({ text: first.written, accessed: first.form });
    rest = rest.slice(first.at + first.written.length);
  }
  if (rest) segments.push({ text: rest });
  return segments;
}
