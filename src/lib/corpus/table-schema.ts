// Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/): the types of the
// fields this project's CSV files use, and a CSV file's columns, each with its field and how a
// row gives its value, so that a file and its schema are written from one list.

/** A Table Schema field of the types our CSV files hold. */
export interface TableField {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'integer' | 'date';
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

/** One column of a CSV file: its field, and its value in a row ("" where it has none). */
export interface CsvColumn<Row> {
  field: TableField;
  value: (row: Row) => string;
}

export interface TableSchema {
  fields: TableField[];
  /** A blank cell is a value that does not apply or is not known (a heading's number, an unproven page). */
  missingValues: [''];
  primaryKey?: string[];
}

export function tableSchema<Row>(columns: readonly CsvColumn<Row>[], primaryKey?: string[]): TableSchema {
  return { fields: columns.map((column) => column.field), missingValues: [''], ...(primaryKey ? { primaryKey } : {}) };
}
