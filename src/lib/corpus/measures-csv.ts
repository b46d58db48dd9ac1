// /data/measures.csv: one row per coded sentence and measure (a sentence with two measures is two
// rows), in corpus order, and its Table Schema for the data package; the same entries as each
// submission's `measures` in corpus.json. Columns are only ever added at the end.
import type { Corpus, Report, ReportedMeasure, Submission } from '../schema.ts';
import { DOMAIN_IDS, MEASURE_IDS } from '../measures/codebook.ts';
import { csvText } from '../csv.ts';
import { NAME_EN_FIELD, NAME_ZH_FIELD, REPORT_FIELD, RESPONDENT_ID_FIELD } from './respondent-fields.ts';
import { tableSchema, type CsvColumn, type TableSchema } from './table-schema.ts';

export interface MeasureRow {
  submission: Submission;
  report: Report;
  name: { zh: string; en: string };
  entry: ReportedMeasure;
  /** The sentence's permanent address on its reply's page. */
  permalink: string;
}

const DOMAINS = DOMAIN_IDS.join('|');

export const MEASURE_COLUMNS: readonly CsvColumn<MeasureRow>[] = [
  {
    field: REPORT_FIELD,
    value: ({ submission }) => submission.report,
  },
  {
    field: {
      name: 'year',
      title: 'Year',
      description: 'Year of the report.',
      type: 'integer',
      constraints: { required: true },
    },
    value: ({ report }) => String(report.year),
  },
  {
    field: {
      name: 'submission_id',
      title: 'Reply id',
      description: 'Id of the reply in corpus.json: "a-73-112-cuba".',
      type: 'string',
      constraints: { required: true, pattern: '^[a-z0-9-]+$' },
    },
    value: ({ submission }) => submission.id,
  },
  {
    field: RESPONDENT_ID_FIELD,
    value: ({ submission }) => submission.respondent,
  },
  {
    field: NAME_EN_FIELD,
    value: ({ name }) => name.en,
  },
  {
    field: NAME_ZH_FIELD,
    value: ({ name }) => name.zh,
  },
  {
    field: {
      name: 'measure',
      title: 'Measure',
      description: "The measure of the codebook the sentence reports (the site's /measures/method/ page).",
      type: 'string',
      constraints: { required: true, enum: [...MEASURE_IDS] },
    },
    value: ({ entry }) => entry.measure,
  },
  {
    field: {
      name: 'domains',
      title: 'Domains',
      description:
        'What the sentence is about, separated by ";": nuclear (and radiological), chemical, biological, delivery, general.',
      type: 'string',
      constraints: { required: true, pattern: `^(${DOMAINS})(;(${DOMAINS}))*$` },
    },
    value: ({ entry }) => entry.domains.join(';'),
  },
  {
    field: {
      name: 'block_id',
      title: 'Block id',
      description: 'Anchor of the paragraph, item or sub-heading that holds the sentence: "a-73-112-p5".',
      type: 'string',
      constraints: { required: true, pattern: '^[a-z0-9-]+$' },
    },
    value: ({ entry }) => entry.block,
  },
  {
    field: {
      name: 'paragraph_number',
      title: 'Paragraph number',
      description: "This site's number of the paragraph or item in its reply; blank for a sub-heading.",
      type: 'integer',
      constraints: { minimum: 1 },
    },
    value: ({ submission, entry }) => String(submission.blocks.find((block) => block.id === entry.block)?.number ?? ''),
  },
  {
    field: {
      name: 'sentence_anchor',
      title: 'Sentence anchor',
      description:
        'Anchor of the sentence on its reply page: the block id and the sentence\'s place in it, "a-73-112-p5-s2".',
      type: 'string',
      constraints: { required: true, pattern: '^[a-z0-9-]+-s\\d+$' },
    },
    value: ({ entry }) => entry.anchor,
  },
  {
    field: {
      name: 'permalink',
      title: 'Permalink',
      description: "The sentence's permanent address on its reply's page.",
      type: 'string',
      constraints: { required: true, pattern: '^https?://\\S+$' },
    },
    value: ({ permalink }) => permalink,
  },
  {
    field: {
      name: 'quote',
      title: 'Quote',
      description: 'The sentence, exactly as the text holds it: the evidence.',
      type: 'string',
      constraints: { required: true },
    },
    value: ({ entry }) => entry.quote,
  },
];

/** The Table Schema of measures.csv: a sentence carries each measure once. */
export const MEASURES_TABLE_SCHEMA: TableSchema = tableSchema(MEASURE_COLUMNS, [
  'submission_id',
  'sentence_anchor',
  'measure',
]);

/** measures.csv; `permalink` gives a sentence's absolute address on its reply page. */
export function measuresCsv(
  corpus: Pick<Corpus, 'reports' | 'respondents' | 'submissions'>,
  permalink: (submission: Submission, anchor: string) => string,
): string {
  const names = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent.name]));
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  const rows = corpus.submissions.flatMap((submission) =>
    submission.measures.map((entry) => {
      const row: MeasureRow = {
        submission,
        report: reportOf.get(submission.report)!,
        name: names.get(submission.respondent)!,
        entry,
        permalink: permalink(submission, entry.anchor),
      };
      return MEASURE_COLUMNS.map((column) => column.value(row));
    }),
  );
  return csvText([MEASURE_COLUMNS.map((column) => column.field.name), ...rows]);
}
