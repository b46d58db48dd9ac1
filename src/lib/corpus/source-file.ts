// What scripts need to know about a source file before parsing it.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** content/sources/A-73-112.zh.txt → A/73/112, where the name says it. */
export function symbolFromFileName(file: string): string | undefined {
  const match = /^(A-\d+-\d+)(?:\.[a-z]{2})?\.txt$/i.exec(basename(file));
  return match ? match[1]!.toUpperCase().replace(/-/g, '/') : undefined;
}
