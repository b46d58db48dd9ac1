// The names each reply cites or mentions, as search filters: the instruments and
// resolutions it cites (src/lib/citations) and the organizations it mentions under any
// of their names. Each becomes a Pagefind filter (scripts/index-search.ts); instrument and
// resolution are also URL parameters (/search/?q=…&instrument=cwc) and lists with counts,
// and a query that is a name finds every reply with that name's value (names.ts).
import type { Corpus, Submission } from '../schema.ts';
import { searchNames } from './names.ts';

export function nameFilters(corpus: Corpus): (submission: Submission) => Record<string, string[]> {
  const mentioned = new Map<string, string[]>();
  for (const name of searchNames(corpus).filter((each) => each.kind === 'organization')) {
    for (const reply of name.replies) mentioned.set(reply, [...(mentioned.get(reply) ?? []), name.value]);
  }
  return (submission) => ({
    instrument: submission.citations.instruments,
    resolution: submission.citations.resolutions,
    organization: mentioned.get(submission.id) ?? [],
  });
}
