// The Secretary-General's own text as search records, one per report: its title, the
// paragraphs of its introduction and its section headings, each with the anchor on the
// report's page a result links to. Found as the report's text, never counted as a reply.
import type { Report } from '../../schema.ts';
import type { ReportTextCard } from '../files/cards.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import type { SearchUnit } from '../text/search-units.ts';
import { recordContent } from '../text/tokens.ts';
import { reportPath, reportSlug, sectionId } from '../../urls.ts';

export interface ReportTextRecord {
  url: string;
  content: string;
  language: 'zh';
  card: ReportTextCard;
}

/** The searchable parts of a report's own text, in reading order. */
export function reportTextUnits(report: Report): SearchUnit[] {
  return [
    { anchor: '', kind: 'title', text: report.title },
    ...report.intro.map((block): SearchUnit => ({
      anchor: block.id,
      kind: block.type,
      number: block.number ?? 0,
      text: block.text,
    })),
    ...report.sections.flatMap((section, index) => [
      {
        anchor: sectionId(section.number),
        kind: 'heading' as const,
        number: index + 1,
        text: `${section.number}. ${section.title}`,
      },
      ...section.subsections.map((subsection): SearchUnit => ({
        anchor: sectionId(section.number, subsection.letter),
        kind: 'heading',
        number: index + 1,
        text: `${subsection.letter}. ${subsection.title}`,
      })),
    ]),
  ];
}

/** One record per report, newest first as the corpus lists them; they come after the replies in the index. */
export function reportTextRecords(reports: readonly Report[]): ReportTextRecord[] {
  return reports.map((report) => {
    const units = reportTextUnits(report);
    const page = reportPath(report);
    return {
      url: page,
      content: recordContent(units.map((unit) => normalizeForSearch(unit.text))),
      language: 'zh',
      card: {
        id: reportSlug(report.symbol),
        report: report.symbol,
        year: report.year,
        title: report.title,
        page,
        units,
      },
    };
  });
}
