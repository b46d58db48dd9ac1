// The shape of the corpus. Parser output, content collections and corpus.json
// are all checked against these schemas, so data and site cannot drift.
// corpus.json is a public contract: rename nothing here without a new version.
// Each field's description is written once, with .describe(), so that readers of this file
// and readers of the JSON Schemas made from it see the same words; an `id` in .meta() names
// the shape in those schemas' $defs.
import { z } from 'zod';
import { LANGUAGE_CODES } from './languages.ts';
import { DOMAIN_IDS, MEASURE_IDS } from './measures/codebook.ts';

// Shapes many fields share, so that each field stays one line.
const AsciiIdSchema = z.string().regex(/^[a-z0-9-]+$/);
const PositiveIntSchema = z.number().int().positive();
const PrintedPageSchema = PositiveIntSchema.optional().describe(
  'Printed page number, only where the page furniture proves it.',
);

export const SourceSpanSchema = z
  .object({
    file: z.string().describe('Path of the source text, relative to the project root.'),
    startLine: PositiveIntSchema.describe('First source line.'),
    endLine: PositiveIntSchema.describe('Last source line.'),
  })
  .meta({
    id: 'SourceSpan',
    description: 'Where a piece of the output came from in its source text (1-based, inclusive).',
  });

export const FootnoteRefSchema = z
  .object({
    marker: z.string().describe('The mark as printed: "1", "*", "∗".'),
    offset: z.number().int().nonnegative().describe('Character offset in the block text where the mark stands.'),
    footnote: z.string().describe('Id of the footnote it points to.'),
  })
  .meta({ id: 'FootnoteRef', description: "A footnote mark printed inside a block's text." });

export const MentionSchema = z
  .object({
    kind: z
      .enum(['resolution', 'other-resolution', 'instrument', 'document'])
      .describe(
        "resolution: a UN General Assembly or Security Council resolution; other-resolution: another body's; instrument: a treaty, convention, protocol, amendment or code of the registry; document: another document symbol.",
      ),
    ref: z.string().describe('Official symbol (S/RES/1540(2004)), instrument id (cwc), or the symbol as printed.'),
    start: z.number().int().nonnegative().describe('Offset in the block text where the mention starts.'),
    end: PositiveIntSchema.describe('Offset in the block text just after the mention.'),
  })
  .meta({
    id: 'Mention',
    description: 'A reference in the text to a resolution, an instrument or another document, as the page links it.',
  });

export const BlockTypeSchema = z.enum(['paragraph', 'heading', 'item']);

export const BlockSchema = z
  .object({
    id: AsciiIdSchema.describe('Stable anchor, unique on its page: "a-73-112-p3", "a-73-112-h1", "intro-p2".'),
    type: BlockTypeSchema.describe('What the block is: a paragraph, a sub-heading or a list item.'),
    number: PositiveIntSchema.optional().describe(
      "The number shown beside a paragraph or item: in a reply, paragraphs and items counted in reading order (this site's numbering); in a report's introduction, the report's own. Sub-headings have none.",
    ),
    marker: z
      .string()
      .optional()
      .describe('List mark or number as printed ("•", "–", "1.", "(a)"), where one was printed.'),
    level: PositiveIntSchema.describe('Nesting level: 1 for top-level items and all non-items.'),
    text: z.string().min(1).describe('The text, lines joined, without its marker.'),
    page: PrintedPageSchema,
    footnoteRefs: z.array(FootnoteRefSchema).default([]).describe('Footnote marks inside the text.'),
    mentions: z.array(MentionSchema).default([]).describe('Resolutions, instruments and documents the text refers to.'),
    source: SourceSpanSchema.describe('Source lines.'),
  })
  .meta({ id: 'Block', description: "A paragraph, list item or sub-heading, rebuilt from the PDF's broken lines." });

export const FootnoteSchema = z
  .object({
    id: AsciiIdSchema.describe('Stable anchor on the respondent\'s page: "a-66-115-fn1".'),
    marker: z.string().describe('The mark as printed.'),
    text: z.string().min(1).describe("The footnote's text."),
    refersTo: z.string().describe('Where its mark stands: a block id, or "heading" for a mark on the reply heading.'),
    page: PrintedPageSchema,
    source: SourceSpanSchema.describe("Source lines of the footnote body (may lie inside another reply's text)."),
  })
  .meta({ id: 'Footnote', description: 'A footnote of a reply, with the place of its mark.' });

export const FlagSchema = z.enum(['summary', 'not-reproduced', 'truncated']);

export const SubsectionSchema = z
  .object({
    letter: z.string().describe('Letter as printed: "A".'),
    title: z.string().describe('Title as printed: "联合国系统".'),
  })
  .meta({ id: 'Subsection', description: 'A sub-section of a report section.' });

export const SectionSchema = z
  .object({
    number: z.string().describe('Section number as printed: "二".'),
    title: z.string().describe('Section title as printed: "从各国政府收到的答复".'),
    subsection: SubsectionSchema.optional().describe('Sub-section, where the report has them.'),
  })
  .meta({ id: 'Section', description: 'The section (and sub-section) of a report that holds a reply.' });

export const ReportSectionSchema = z
  .object({
    number: z.string().describe('Section number as printed: "三".'),
    title: z.string().describe('Section title as printed.'),
    subsections: z.array(SubsectionSchema).describe('Sub-sections as printed, in order.'),
  })
  .meta({ id: 'ReportSection', description: 'A section of a report, for its table of contents.' });

export const MeasureIdSchema = z
  .enum(MEASURE_IDS)
  .describe(
    'A measure of the codebook (the method page): legislation, material-security, border-enforcement, trade-controls, financing, preparedness, instruments, cooperation, assistance, awareness.',
  );

export const DomainIdSchema = z
  .enum(DOMAIN_IDS)
  .describe(
    'What a coded sentence is about: nuclear (and radiological), chemical, biological, delivery (means of delivery), general (WMD or CBRN without naming one kind).',
  );

export const ReportedMeasureSchema = z
  .object({
    measure: MeasureIdSchema,
    domains: z.array(DomainIdSchema).min(1).describe('The kinds of weapon or material the sentence names.'),
    block: z.string().describe('Id of the block (paragraph, item, sub-heading) that holds the sentence.'),
    quote: z.string().describe('The sentence, exactly as the block holds it: the evidence.'),
    anchor: z
      .string()
      .describe(
        "The sentence's anchor on the reply's page: the block's id and the sentence's place in it, a-73-112-p5-s2.",
      ),
  })
  .meta({
    id: 'ReportedMeasure',
    description:
      "A measure the reply reports taking, and the sentence that says so: this site's reading of the text against its codebook, not the UN's nor the 1540 Committee's.",
  });

/** One reply of one respondent in one report, as the parser writes it (content/entries/submissions/). */
export const SubmissionEntrySchema = z.object({
  id: AsciiIdSchema.describe('Unique in the corpus: "a-73-112-cuba".'),
  report: z.string().describe('Report symbol: "A/73/112".'),
  respondent: z.string().describe('Respondent id.'),
  heading: z.string().describe('Heading as printed, without footnote marks; for the EU, the section title.'),
  section: SectionSchema.describe('The section (and sub-section) of the report that holds the reply.'),
  originalLanguage: z.enum(LANGUAGE_CODES).describe('Language of the original reply, ISO 639-1.'),
  received: z.iso.date().describe('Date the reply was received, YYYY-MM-DD.'),
  flags: z
    .array(FlagSchema)
    .describe(
      'What the text says about itself: summary (only a summary), not-reproduced (not reproduced), truncated (cut off in our source).',
    ),
  blocks: z.array(BlockSchema).describe("The reply's text."),
  footnotes: z.array(FootnoteSchema).describe('Footnotes whose marks stand in this reply.'),
  citations: z
    .object({
      resolutions: z
        .array(z.string())
        .describe('Official symbols of UN resolutions: "S/RES/1540(2004)", "A/RES/72/42".'),
      instruments: z.array(z.string()).describe('Instrument ids from content/data/instruments.json.'),
      documents: z.array(z.string()).describe("Other document symbols and other bodies' resolutions, as printed."),
    })
    .default({ resolutions: [], instruments: [], documents: [] })
    .describe('What the reply cites, from its blocks and footnotes.'),
  measuresCoded: z.iso
    .date()
    .optional()
    .describe(
      'The day the reply was coded for the measures it reports (content/data/measures.jsonl); absent: not yet coded.',
    ),
  measures: z
    .array(ReportedMeasureSchema)
    .default([])
    .describe(
      'The measures the reply reports, one entry per measure of each coded sentence, in reading order; empty if it reports none or is not yet coded.',
    ),
  source: SourceSpanSchema.describe("Source lines from the heading to the reply's last line."),
});

export const SubmissionSchema = SubmissionEntrySchema.extend({
  url: z.string().describe("Site path of the reply: respondent page with the reply's anchor."),
}).meta({ id: 'Submission', description: 'One reply of one respondent in one report, and its place on the site.' });

export const LinkAnnotationSchema = z
  .object({
    url: z.string().describe('The URL the link pointed to.'),
    line: PositiveIntSchema.describe('Source line of the link.'),
    page: PrintedPageSchema,
  })
  .meta({ id: 'LinkAnnotation', description: "A line of the PDF's link layer: a URL that was a link on some page." });

export const ReportSchema = z
  .object({
    symbol: z
      .string()
      .regex(/^A\/\d+\/\d+$/)
      .describe('Document symbol: "A/73/112".'),
    slug: AsciiIdSchema.describe('URL-safe form of the symbol: "a-73-112".'),
    year: z.number().int().describe('Year of the General Assembly session the report was written for.'),
    session: PositiveIntSchema.describe('General Assembly session number.'),
    title: z.string().describe('Title as printed on the report.'),
    officialUrl: z.url().describe('The Chinese official document.'),
    intro: z.array(BlockSchema).describe("The introduction's numbered paragraphs."),
    sections: z
      .array(ReportSectionSchema)
      .describe("Sections in the report's own order, with their sub-sections (the introduction excluded)."),
    links: z.array(LinkAnnotationSchema).describe("The PDF's link layer, in source order."),
    source: z
      .object({
        file: z.string().describe('Path of the source text, relative to the project root.'),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe("SHA-256 of the source text's bytes, hexadecimal."),
        lines: z.number().int().describe('Number of lines in the source text.'),
      })
      .describe('The source text.'),
  })
  .meta({ id: 'Report', description: 'A report of the Secretary-General: its metadata, introduction and contents.' });

export const RespondentKindSchema = z.enum(['state', 'organization']);

/** A state or organization, as the curated registry content/data/respondents.json holds it. */
export const RespondentEntrySchema = z.object({
  id: AsciiIdSchema.describe('Stable ASCII id; it is in URLs that papers cite, so it never changes.'),
  kind: RespondentKindSchema.describe(
    'A state, or an organization: an international organization, or the European Union (which the reports list in a section of its own).',
  ),
  name: z
    .object({
      zh: z.string().describe('Chinese name as the UN writes it.'),
      en: z.string().describe('English name as the UN writes it.'),
    })
    .describe('Full name, in Chinese and English.'),
  aliases: z
    .array(z.string())
    .describe('Every Chinese form the report texts use for it, including headings as printed.'),
  shortZh: z
    .string()
    .optional()
    .describe('Chinese short form used in running text (北约, 原子能机构), where there is one.'),
  acronym: z.string().optional().describe('English acronym (NATO, IAEA), where there is one.'),
  aliasesEn: z
    .array(z.string())
    .optional()
    .describe('Other English forms people use for it (Russia), which search finds it by.'),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe('ISO 3166-1 alpha-3, for states.'),
  unSystem: z.boolean().optional().describe('For organizations: part of the United Nations system.'),
});

export const RespondentSchema = RespondentEntrySchema.extend({
  url: z.string().describe('Site path of its page.'),
}).meta({ id: 'Respondent', description: 'A state or organization that replied, and its page on the site.' });

export const InstrumentSchema = z
  .object({
    id: AsciiIdSchema.describe('Stable ASCII id, used in URLs: /instruments/cwc/.'),
    kind: z.enum(['treaty', 'convention', 'protocol', 'amendment', 'code']).describe('What kind of instrument it is.'),
    name: z
      .object({
        zh: z.string().describe('Chinese name.'),
        en: z.string().describe('English name.'),
      })
      .describe('Name, in Chinese and English.'),
    acronym: z.string().optional().describe('English acronym (CWC, NPT), where there is one.'),
    aliasesEn: z
      .array(z.string())
      .optional()
      .describe('Other English forms people use for it (Chemical Weapons Convention), which search finds it by.'),
    year: z.number().int().describe('Year of adoption.'),
    amends: AsciiIdSchema.optional().describe(
      "For an amendment or protocol, the id of the instrument it amends or adds to, as its own title names it (the CPPNM's amendment: cppnm): a reply naming it names that instrument's text.",
    ),
    aliases: z.array(z.string()).min(1).describe('Every Chinese form the texts use, without 《》.'),
  })
  .meta({
    id: 'Instrument',
    description:
      'A treaty, convention, protocol, amendment or code named in the corpus (content/data/instruments.json).',
  });

/** Whose the published data is, and on what terms: the reports' text is the UN's; this site's work is CC BY 4.0. */
export const DATA_TERMS = {
  reportsText:
    "The text of the reports, and of the replies they print, is the United Nations' (© United Nations); it is reproduced here for research, and its use is governed by the United Nations' terms of use.",
  reportsTextTerms: 'https://www.un.org/en/about-us/terms-of-use',
  curation:
    "This site's curation (the texts divided into replies, paragraphs, items and footnotes, their ids and flags), its registries of respondents and instruments, and its coding (the mentions found in the texts) are licensed under the Creative Commons Attribution 4.0 International licence.",
  curationLicense: 'CC-BY-4.0',
  curationLicenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const DataTermsSchema = z
  .object({
    reportsText: z.string().describe("Whose the reports' text is, and on what terms it may be used."),
    reportsTextTerms: z.url().describe("The United Nations' terms of use, which govern the reports' text."),
    curation: z.string().describe("What this site's own work is, and its licence."),
    curationLicense: z.literal('CC-BY-4.0').describe("SPDX identifier of the licence of this site's own work."),
    curationLicenseUrl: z.url().describe('The licence text.'),
  })
  .default(DATA_TERMS)
  .meta({ id: 'DataTerms', description: 'The terms on which the data may be reused.' });

export const CorpusSchema = z
  .object({
    reports: z.array(ReportSchema).describe('The reports, newest first.'),
    respondents: z.array(RespondentSchema).describe('The states and organizations that replied, in registry order.'),
    submissions: z
      .array(SubmissionSchema)
      .describe("Every reply: newest report first, each report's replies in their printed order."),
    instruments: z.array(InstrumentSchema).default([]).describe('The registry of instruments the replies may name.'),
    terms: DataTermsSchema.describe("The data's terms: the reports' text is the UN's, this site's work CC BY 4.0."),
  })
  .meta({
    title: 'Corpus of replies on measures to prevent terrorists from acquiring weapons of mass destruction',
    description:
      'corpus.json: every reply printed in the Chinese text of the reports of the Secretary-General, with the reports, the states and organizations that replied, and the treaties and other instruments the replies name.',
  });

/** A report without its text, as a reply's data file names it. */
export const ReportMetadataSchema = ReportSchema.pick({
  symbol: true,
  slug: true,
  year: true,
  session: true,
  title: true,
  officialUrl: true,
});

export const ReplyFileSchema = z
  .object({
    submission: SubmissionSchema.describe('The reply, as in corpus.json.'),
    respondent: RespondentSchema.describe('The state or organization that replied, as in corpus.json.'),
    report: ReportMetadataSchema.describe('The report that printed the reply: its metadata, without its text.'),
    terms: DataTermsSchema.describe("The data's terms: the reports' text is the UN's, this site's work CC BY 4.0."),
  })
  .meta({
    title: 'One reply on measures to prevent terrorists from acquiring weapons of mass destruction',
    description:
      'A file of /data/replies/: one reply of corpus.json with its respondent and the metadata of its report.',
  });

export type SourceSpan = z.infer<typeof SourceSpanSchema>;
export type FootnoteRef = z.infer<typeof FootnoteRefSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = z.infer<typeof BlockTypeSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type ReportSection = z.infer<typeof ReportSectionSchema>;
export type SubmissionEntry = z.infer<typeof SubmissionEntrySchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type LinkAnnotation = z.infer<typeof LinkAnnotationSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type ReportMetadata = z.infer<typeof ReportMetadataSchema>;
export type RespondentEntry = z.infer<typeof RespondentEntrySchema>;
export type Respondent = z.infer<typeof RespondentSchema>;
export type Corpus = z.infer<typeof CorpusSchema>;
export type ReplyFile = z.infer<typeof ReplyFileSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
export type DataTerms = z.infer<typeof DataTermsSchema>;
export type ReportedMeasure = z.infer<typeof ReportedMeasureSchema>;
