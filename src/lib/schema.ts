// The shape of the corpus. Parser output, content collections and corpus.json
// are all checked against these schemas, so data and site cannot drift.
// corpus.json is a public contract: rename nothing here without a new version.
import { z } from 'zod';
import { LANGUAGE_CODES } from './labels.ts';

/** Where a piece of the output came from in its source text (1-based, inclusive). */
export const SourceSpanSchema = z.object({
  /** Path of the source text, relative to the project root. */
  file: z.string(),
  /** First source line. */
  startLine: z.number().int().positive(),
  /** Last source line. */
  endLine: z.number().int().positive(),
});

/** A footnote mark printed inside a block's text. */
export const FootnoteRefSchema = z.object({
  /** The mark as printed: "1", "*", "∗". */
  marker: z.string(),
  /** Character offset in the block text where the mark stands. */
  offset: z.number().int().nonnegative(),
  /** Id of the footnote it points to. */
  footnote: z.string(),
});

/** A reference in the text to a resolution, an instrument or another document, as the page links it. */
export const MentionSchema = z.object({
  /** resolution: a UN General Assembly or Security Council resolution; other-resolution: another body's; instrument: a treaty, convention, protocol, amendment or code of the registry; document: another document symbol. */
  kind: z.enum(['resolution', 'other-resolution', 'instrument', 'document']),
  /** Official symbol (S/RES/1540(2004)), instrument id (cwc), or the symbol as printed. */
  ref: z.string(),
  /** Offsets of the mention in the block text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const BlockTypeSchema = z.enum(['paragraph', 'heading', 'item']);

/** A paragraph, list item or sub-heading, rebuilt from the PDF's broken lines. */
export const BlockSchema = z.object({
  /** Stable anchor, unique on its page: "a-73-112-p3", "a-73-112-h1", "intro-p2". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the block is. */
  type: BlockTypeSchema,
  /** The number shown beside a paragraph or item: in a reply, paragraphs and items counted in reading order (this site's numbering); in a report's introduction, the report's own. Sub-headings have none. */
  number: z.number().int().positive().optional(),
  /** List mark or number as printed ("•", "–", "1.", "(a)"), where one was printed. */
  marker: z.string().optional(),
  /** Nesting level: 1 for top-level items and all non-items. */
  level: z.number().int().positive(),
  /** The text, lines joined, without its marker. */
  text: z.string().min(1),
  /** Printed page number, only where the page furniture proves it. */
  page: z.number().int().positive().optional(),
  /** Footnote marks inside the text. */
  footnoteRefs: z.array(FootnoteRefSchema).default([]),
  /** Resolutions, instruments and documents the text refers to. */
  mentions: z.array(MentionSchema).default([]),
  /** Source lines. */
  source: SourceSpanSchema,
});

export const FootnoteSchema = z.object({
  /** Stable anchor on the respondent's page: "a-66-115-fn1". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The mark as printed. */
  marker: z.string(),
  /** The footnote's text. */
  text: z.string().min(1),
  /** Where its mark stands: a block id, or "heading" for a mark on the reply heading. */
  refersTo: z.string(),
  /** Printed page number, only where the page furniture proves it. */
  page: z.number().int().positive().optional(),
  /** Source lines of the footnote body (may lie inside another reply's text). */
  source: SourceSpanSchema,
});

export const FlagSchema = z.enum(['summary', 'not-reproduced', 'truncated']);

export const SectionSchema = z.object({
  /** Section number as printed: "二". */
  number: z.string(),
  /** Section title as printed: "从各国政府收到的答复". */
  title: z.string(),
  /** Sub-section, where the report has them. */
  subsection: z
    .object({
      /** Letter as printed: "A". */
      letter: z.string(),
      /** Title as printed: "联合国系统". */
      title: z.string(),
    })
    .optional(),
});

/** A section of a report, for its table of contents. */
export const ReportSectionSchema = z.object({
  /** Section number as printed: "三". */
  number: z.string(),
  /** Section title as printed. */
  title: z.string(),
  /** Sub-sections as printed, in order. */
  subsections: z.array(z.object({ letter: z.string(), title: z.string() })),
});

/** One reply of one respondent in one report, as the parser writes it (content/entries/submissions/). */
export const SubmissionEntrySchema = z.object({
  /** Unique in the corpus: "a-73-112-cuba". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Report symbol: "A/73/112". */
  report: z.string(),
  /** Respondent id. */
  respondent: z.string(),
  /** Heading as printed, without footnote marks; for the EU, the section title. */
  heading: z.string(),
  /** The section (and sub-section) of the report that holds the reply. */
  section: SectionSchema,
  /** Language of the original reply, ISO 639-1. */
  originalLanguage: z.enum(LANGUAGE_CODES),
  /** Date the reply was received, YYYY-MM-DD. */
  received: z.iso.date(),
  /** What the text says about itself: only a summary, not reproduced, cut off in our source. */
  flags: z.array(FlagSchema),
  /** The reply's text. */
  blocks: z.array(BlockSchema),
  /** Footnotes whose marks stand in this reply. */
  footnotes: z.array(FootnoteSchema),
  /** What the reply cites, from its blocks and footnotes. */
  citations: z
    .object({
      /** Official symbols of UN resolutions: "S/RES/1540(2004)", "A/RES/72/42". */
      resolutions: z.array(z.string()),
      /** Instrument ids from content/data/instruments.json. */
      instruments: z.array(z.string()),
      /** Other document symbols and other bodies' resolutions, as printed. */
      documents: z.array(z.string()),
    })
    .default({ resolutions: [], instruments: [], documents: [] }),
  /** Source lines from the heading to the reply's last line. */
  source: SourceSpanSchema,
});

/** One reply as published in corpus.json: the entry and its place on the site. */
export const SubmissionSchema = SubmissionEntrySchema.extend({
  /** Site path of the reply: respondent page with the reply's anchor. */
  url: z.string(),
});

/** A line of the PDF's link layer: a URL that was a link on some page. */
export const LinkAnnotationSchema = z.object({
  url: z.string(),
  /** Source line of the link. */
  line: z.number().int().positive(),
  /** Printed page number, only where the page furniture proves it. */
  page: z.number().int().positive().optional(),
});

export const ReportSchema = z.object({
  /** Document symbol: "A/73/112". */
  symbol: z.string().regex(/^A\/\d+\/\d+$/),
  /** URL-safe form of the symbol: "a-73-112". */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Year of the General Assembly session the report was written for. */
  year: z.number().int(),
  /** General Assembly session number. */
  session: z.number().int().positive(),
  /** Title as printed on the report. */
  title: z.string(),
  /** The Chinese official document. */
  officialUrl: z.url(),
  /** The introduction's numbered paragraphs. */
  intro: z.array(BlockSchema),
  /** Sections in the report's own order, with their sub-sections (the introduction excluded). */
  sections: z.array(ReportSectionSchema),
  /** The PDF's link layer, in source order. */
  links: z.array(LinkAnnotationSchema),
  /** The source text. */
  source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), lines: z.number().int() }),
});

export const RespondentKindSchema = z.enum(['state', 'organization']);

/** A state or organization, as the curated registry content/data/respondents.json holds it. */
export const RespondentEntrySchema = z.object({
  /** Stable ASCII id; it is in URLs that papers cite, so it never changes. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: RespondentKindSchema,
  name: z.object({
    /** Chinese name as the UN writes it. */
    zh: z.string(),
    /** English name as the UN writes it. */
    en: z.string(),
  }),
  /** Every Chinese form the report texts use for it, including headings as printed. */
  aliases: z.array(z.string()),
  /** Chinese short form used in running text (北约, 原子能机构), where there is one. */
  shortZh: z.string().optional(),
  /** English acronym (NATO, IAEA), where there is one. */
  acronym: z.string().optional(),
  /** ISO 3166-1 alpha-3, for states. */
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** For organizations: part of the United Nations system. */
  unSystem: z.boolean().optional(),
});

/** A respondent as published in corpus.json: the registry entry and its page. */
export const RespondentSchema = RespondentEntrySchema.extend({
  /** Site path of its page. */
  url: z.string(),
});

/** A treaty, convention, protocol, amendment or code named in the corpus (content/data/instruments.json). */
export const InstrumentSchema = z.object({
  /** Stable ASCII id, used in URLs: /instruments/cwc/. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['treaty', 'convention', 'protocol', 'amendment', 'code']),
  name: z.object({ zh: z.string(), en: z.string() }),
  acronym: z.string().optional(),
  /** Year of adoption. */
  year: z.number().int(),
  /** Every Chinese form the texts use, without 《》. */
  aliases: z.array(z.string()).min(1),
});

export const CorpusSchema = z.object({
  reports: z.array(ReportSchema),
  respondents: z.array(RespondentSchema),
  submissions: z.array(SubmissionSchema),
  instruments: z.array(InstrumentSchema).default([]),
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
export type RespondentEntry = z.infer<typeof RespondentEntrySchema>;
export type Respondent = z.infer<typeof RespondentSchema>;
export type Corpus = z.infer<typeof CorpusSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
