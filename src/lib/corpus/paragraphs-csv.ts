// One CSV row per block, for spreadsheets and scripts (RFC 4180 quoting), and its Table Schema
// for the data package (data-package.ts): one list of columns gives both. Columns are only
// ever added at the end, so that a script reading them by position keeps working.
import type { Block, Corpus, Submission } from '../schema.ts';
import { FlagSchema } from '../schema.ts';
import { csvText } from '../csv.ts';
import { NAME_EN_FIELD, NAME_ZH_FIELD, REPORT_FIELD, RESPONDENT_ID_FIELD } from './respondent-fields.ts';
import { tableSchema, type CsvColumn, type TableSchema } from './table-schema.ts';

/** A block in its reply, with the names of its respondent and the block's permalink. */
export interface ParagraphRow {
  submission: Submission;
  block: Block;
  name: { zh: string; en: string };
  permalink: string;
}

const FLAGS = FlagSchema.options.join('|');

export const PARAGRAPH_COLUMNS: readonly CsvColumn<ParagraphRow>[] = [
  {
    field: REPORT_FIELD,
    value: ({ submission }) => submission.report,
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
      name: 'received',
      title: 'Received',
      description: 'Date the reply was received.',
      type: 'date',
      constraints: { required: true },
    },
    value: ({ submission }) => submission.received,
  },
  {
    field: {
      name: 'block_id',
      title: 'Block id',
      description:
        'Anchor of the block on its reply page: "a-73-112-p3" (paragraphs and items), "a-73-112-h1" (sub-headings).',
      type: 'string',
      constraints: { required: true, pattern: '^[a-z0-9-]+$' },
    },
    value: ({ block }) => block.id,
  },
  {
    field: {
      name: 'type',
      title: 'Type',
      description: 'paragraph, heading (a sub-heading) or item (a list item).',
      type: 'string',
      constraints: { required: true, enum: ['paragraph', 'heading', 'item'] },
    },
    value: ({ block }) => block.type,
  },
  {
    field: {
      name: 'text',
      title: 'Text',
      description: 'The text as printed, lines joined, without its list mark.',
      type: 'string',
      constraints: { required: true },
    },
    value: ({ block }) => block.text,
  },
  {
    field: {
      name: 'paragraph_number',
      title: 'Paragraph number',
      description:
        "This site's number of the paragraph or item in its reply (reading order); blank for a sub-heading. Citations use it.",
      type: 'integer',
      constraints: { minimum: 1 },
    },
    value: ({ block }) => (block.number === undefined ? '' : String(block.number)),
  },
  {
    field: {
      name: 'printed_marker',
      title: 'Printed marker',
      description:
        'The list mark or number the report prints before the block ("1.", "(a)", "•"); blank where it prints none.',
      type: 'string',
    },
    value: ({ block }) => block.marker ?? '',
  },
  {
    field: {
      name: 'page',
      title: 'Page',
      description:
        "The report's printed page where the block starts, only where the page furniture proves it; blank otherwise.",
      type: 'integer',
      constraints: { minimum: 1 },
    },
    value: ({ block }) => (block.page === undefined ? '' : String(block.page)),
  },
  {
    field: {
      name: 'flags',
      title: 'Flags',
      description:
        'What the reply\'s text says about itself, separated by ";": summary (the report prints only a summary), not-reproduced (not reproduced), truncated (this site\'s source text ends inside it); blank for none.',
      type: 'string',
      constraints: { pattern: `^(${FLAGS})(;(${FLAGS}))*$` },
    },
    value: ({ submission }) => submission.flags.join(';'),
  },
  {
    field: {
      name: 'permalink',
      title: 'Permalink',
      description: "The block's permanent address on its reply's page, as citations give it.",
      type: 'string',
      // A pattern, not format "uri": datapackage-js's uri check rejects a host without a dot (a localhost preview build).
      constraints: { required: true, pattern: '^https?://\\S+$' },
    },
    value: ({ permalink }) => permalink,
  },
];

/** The Table Schema of paragraphs.csv; block ids are unique within a reply. */
export const PARAGRAPHS_TABLE_SCHEMA: TableSchema = tableSchema(PARAGRAPH_COLUMNS, [
  'report',
  'respondent_id',
  'block_id',
]);

/** paragraphs.csv; `permalink` gives a block's absolute address on its reply page. */
export function paragraphsCsv(corpus: Corpus, permalink: (submission: Submission, block: Block) => string): string {
  const names = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent.name]));
  const rows = corpus.submissions.flatMap((submission) =>
    submission.blocks.map((block) => {
      const row = {
        submission,
        block,
        name: names.get(submission.respondent)!,
        permalink: permalink(submission, block),
      };
      return PARAGRAPH_COLUMNS.map((column) => column.value(row));
    }),
  );
  return csvText([PARAGRAPH_COLUMNS.map((column) => column.field.name), ...rows]);
}
