// The fields every CSV file of the data package has about a reply's report and respondent,
// defined once so that the files say the same of them (paragraphs.csv, measures.csv,
// measures-matrix.csv).
import type { TableField } from './table-schema.ts';

export const REPORT_FIELD: TableField = {
  name: 'report',
  title: 'Report',
  description: 'Document symbol of the report: "A/73/112".',
  type: 'string',
  constraints: { required: true, pattern: '^A/\\d+/\\d+$' },
};

export const RESPONDENT_ID_FIELD: TableField = {
  name: 'respondent_id',
  title: 'Respondent id',
  description: 'Stable id of the state or organization (content/data/respondents.json; in its page URL).',
  type: 'string',
  constraints: { required: true, pattern: '^[a-z0-9-]+$' },
};

export const NAME_EN_FIELD: TableField = {
  name: 'name_en',
  title: 'Name (English)',
  description: 'English name of the respondent, as the UN writes it.',
  type: 'string',
  constraints: { required: true },
};

export const NAME_ZH_FIELD: TableField = {
  name: 'name_zh',
  title: 'Name (Chinese)',
  description: 'Chinese name of the respondent, as the UN writes it.',
  type: 'string',
  constraints: { required: true },
};
