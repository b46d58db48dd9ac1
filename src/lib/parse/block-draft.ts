// A block as the parser first builds it from lines, before it is numbered and checked
// (build-blocks.ts makes them; read-page-breaks.ts reads them across a page break).
import type { BlockType } from '../schema.ts';

export type MarkerKind = 'bullet' | 'dash' | 'number' | 'letter';

export interface BlockDraft {
  type: BlockType;
  marker?: string;
  markerKind?: MarkerKind;
  level: number;
  text: string;
  refs: { marker: string; offset: number; line: number }[];
  startLine: number;
  endLine: number;
  /** Indentation of the first line, a page's extra space taken off. */
  indent: number;
}
