// The absolute address a paper cites for a reply or one of its blocks: the reply's own page,
// with the block's anchor. Citations and the data files give the same one.
import type { Report, RespondentEntry } from '../schema.ts';
import { replyPath, withAnchor } from '../urls.ts';
import { absoluteUrl } from './base-url.ts';

export function replyPermalink(
  respondent: Pick<RespondentEntry, 'id' | 'kind'>,
  report: Pick<Report, 'slug'>,
  blockId: string | undefined,
  site: URL | undefined,
): string {
  const url = absoluteUrl(replyPath(respondent, report), site);
  return blockId === undefined ? url : withAnchor(url, blockId);
}
