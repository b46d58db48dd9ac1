// The three citation downloads, with the media types reference managers expect.
import type { CitedBlock } from './cited-blocks.ts';
import { citationSet } from './citations.ts';

export const CITATION_FILE_TYPES = [
  { extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8', field: 'bibtex' },
  { extension: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8', field: 'ris' },
  { extension: 'json', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', field: 'cslJson' },
] as const;

export function citationFile(
  { reply, block }: CitedBlock,
  type: (typeof CITATION_FILE_TYPES)[number],
  site: URL | undefined,
): Response {
  const set = citationSet(reply, block, site);
  return new Response(set[type.field], { headers: { 'Content-Type': type.contentType } });
}
