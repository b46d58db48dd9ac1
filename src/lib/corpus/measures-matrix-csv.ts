// /data/measures-matrix.csv: the respondent × measure matrix of /measures/, one row per
// respondent, one column per measure holding the years of the replies that report it (all of
// them, oldest first), and the years of its replies not yet coded; its Table Schema likewise.
import type { Corpus, Respondent } from '../schema.ts';
import { MEASURES } from '../measures/codebook.ts';
import { repliesReporting, type ReplyReporting } from '../measures/replies-reporting.ts';
import type { MeasureId } from '../measures/codebook.ts';
import { csvText } from '../csv.ts';
import { NAME_EN_FIELD, NAME_ZH_FIELD, RESPONDENT_ID_FIELD } from './respondent-fields.ts';
import { tableSchema, type CsvColumn, type TableSchema } from './table-schema.ts';

interface MatrixRow {
  respondent: Respondent;
  reporting: Map<MeasureId, ReplyReporting[]>;
  uncodedYears: number[];
}

const YEARS = '^\\d{4}(;\\d{4})*$';

export const MATRIX_COLUMNS: readonly CsvColumn<MatrixRow>[] = [
  {
    field: RESPONDENT_ID_FIELD,
    value: ({ respondent }) => respondent.id,
  },
  {
    field: NAME_EN_FIELD,
    value: ({ respondent }) => respondent.name.en,
  },
  {
    field: NAME_ZH_FIELD,
    value: ({ respondent }) => respondent.name.zh,
  },
  {
    field: {
      name: 'kind',
      title: 'Kind',
      description: 'state or organization.',
      type: 'string',
      constraints: { required: true, enum: ['state', 'organization'] },
    },
    value: ({ respondent }) => respondent.kind,
  },
  ...MEASURES.map((measure): CsvColumn<MatrixRow> => ({
    field: {
      name: measure.id,
      title: measure.en,
      description: `Years of the replies that report "${measure.en}" (${measure.zh}), separated by ";"; blank if none does. This site's coding.`,
      type: 'string',
      constraints: { pattern: YEARS },
    },
    value: ({ reporting }) => (reporting.get(measure.id) ?? []).map((reply) => reply.report.year).join(';'),
  })),
  {
    field: {
      name: 'not_yet_coded',
      title: 'Not yet coded',
      description: 'Years of the replies of this respondent that are not yet coded, separated by ";"; blank if none.',
      type: 'string',
      constraints: { pattern: YEARS },
    },
    value: ({ uncodedYears }) => uncodedYears.join(';'),
  },
];

export const MEASURES_MATRIX_TABLE_SCHEMA: TableSchema = tableSchema(MATRIX_COLUMNS, ['respondent_id']);

/** One row per respondent, in the order of the registry. */
export function measuresMatrixCsv(corpus: Pick<Corpus, 'reports' | 'respondents' | 'submissions'>): string {
  const table = repliesReporting(corpus);
  const yearOf = new Map(corpus.reports.map((report) => [report.symbol, report.year]));
  const rows = corpus.respondents.map((respondent) => {
    const row: MatrixRow = {
      respondent,
      reporting: table.get(respondent.id) ?? new Map(),
      uncodedYears: corpus.submissions
        .filter((submission) => submission.respondent === respondent.id && !submission.measuresCoded)
        .map((submission) => yearOf.get(submission.report)!)
        .sort((a, b) => a - b),
    };
    return MATRIX_COLUMNS.map((column) => column.value(row));
  });
  return csvText([MATRIX_COLUMNS.map((column) => column.field.name), ...rows]);
}
