// The corpus → /data/datapackage.json, a Frictionless Data Package (v1,
// https://specs.frictionlessdata.io/data-package/): each CSV file with its Table Schema, the
// licences and the sources, so that Frictionless's tools (`frictionless validate`) and any
// reader of the standard can check and load the tables.
import { DATA_TERMS, type Corpus } from '../schema.ts';
import { PARAGRAPHS_TABLE_SCHEMA } from './paragraphs-csv.ts';
import { MEASURES_TABLE_SCHEMA } from './measures-csv.ts';
import { MEASURES_MATRIX_TABLE_SCHEMA } from './measures-matrix-csv.ts';
import type { TableSchema } from './table-schema.ts';

interface License {
  name?: string;
  path: string;
  title: string;
}

interface Source {
  title: string;
  path: string;
}

export interface DataResource {
  profile: 'tabular-data-resource';
  name: string;
  /** Relative to datapackage.json, which lies beside the files. */
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  schema: TableSchema;
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  id: string;
  title: string;
  description: string;
  version: string;
  created: string;
  homepage: string;
  licenses: License[];
  sources: Source[];
  resources: DataResource[];
}

/** The data's two sets of terms: the reports' text (the UN's), and this site's work (CC BY 4.0). */
export const LICENSES: License[] = [
  {
    name: DATA_TERMS.curationLicense,
    path: DATA_TERMS.curationLicenseUrl,
    title: "Creative Commons Attribution 4.0 International: this site's curation, registries and coding",
  },
  {
    path: DATA_TERMS.reportsTextTerms,
    title: "United Nations terms of use: the reports' text (© United Nations)",
  },
];

/** Every CSV file the site publishes under /data/, with its Table Schema. */
export const CSV_RESOURCES: DataResource[] = [
  {
    profile: 'tabular-data-resource',
    name: 'paragraphs',
    path: 'paragraphs.csv',
    title: 'Paragraphs',
    description:
      'One row per block (paragraph, list item or sub-heading) of every reply, in corpus order: the reply, the respondent, the text, this site’s paragraph number, the marker and page the report prints, the reply’s flags and the permalink. UTF-8 with a byte order mark, for spreadsheet programs.',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: PARAGRAPHS_TABLE_SCHEMA,
  },
  {
    profile: 'tabular-data-resource',
    name: 'measures',
    path: 'measures.csv',
    title: 'Measures reported',
    description:
      "One row per coded sentence and measure: the measures each reply reports taking, as this site codes them against its codebook (not the UN's nor the 1540 Committee's reading), with the sentence quoted, its domains, its place and permalink. Replies not yet coded have no rows. UTF-8 with a byte order mark.",
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: MEASURES_TABLE_SCHEMA,
  },
  {
    profile: 'tabular-data-resource',
    name: 'measures-matrix',
    path: 'measures-matrix.csv',
    title: 'Respondent × measure matrix',
    description:
      'One row per respondent, one column per measure: the years of the replies that report it (this site’s coding), and the years of replies not yet coded. UTF-8 with a byte order mark.',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: MEASURES_MATRIX_TABLE_SCHEMA,
  },
];

export interface PackageFacts {
  /** Absolute URL of datapackage.json. */
  id: string;
  /** Absolute URL of the site's home page. */
  homepage: string;
  /** The project's version (package.json, CITATION.cff). */
  version: string;
  /** When the files were built, ISO 8601. */
  created: string;
}

export function dataPackage(corpus: Pick<Corpus, 'reports' | 'submissions'>, facts: PackageFacts): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: 'wmd-terrorism-replies',
    id: facts.id,
    title:
      'Replies of states and international organizations on measures to prevent terrorists from acquiring weapons of mass destruction (Chinese text)',
    description: `Every reply printed in the Chinese text of the reports of the United Nations Secretary-General ${corpus.reports.map((report) => report.symbol).join(' and ')} (${corpus.submissions.length} replies), divided into paragraphs. The reports' text is the United Nations'; this site's curation, registries and coding are under CC BY 4.0. corpus.json holds the same texts with their structure, described by corpus.schema.json.`,
    version: facts.version,
    created: facts.created,
    homepage: facts.homepage,
    licenses: LICENSES,
    sources: corpus.reports.map((report) => ({
      title: `${report.symbol}: ${report.title} (${report.year})`,
      path: report.officialUrl,
    })),
    resources: CSV_RESOURCES,
  };
}
