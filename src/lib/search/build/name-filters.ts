// The names each reply cites or mentions, as facets: the instruments and resolutions it cites
// (src/lib/mentions) and the states and organizations it mentions under any of their Chinese
// names. Instrument and resolution are also filters the page lists (/search/?q=…&instrument=cwc);
// all four are how a query that is a name finds every reply that names it (engine/search-engine.ts).
import type { Corpus, Submission } from '../../schema.ts';
import { searchNames } from './search-names.ts';

export function nameFilters(corpus: Corpus): (submission: Submission) => Record<string, string[]> {
  const mentioned = { state: new Map<string, string[]>(), organization: new Map<string, string[]>() };
  // Respondents are found by the names the texts print; curated forms name instruments and resolutions only.
  for (const name of searchNames(corpus, [])) {
    if (name.kind !== 'state' && name.kind !== 'organization') continue;
    const byReply = mentioned[name.kind];
    for (const reply of name.replies) byReply.set(reply, [...(byReply.get(reply) ?? []), name.value]);
  }
  return (submission) => ({
    instrument: submission.citations.instruments,
    resolution: submission.citations.resolutions,
    state: mentioned.state.get(submission.id) ?? [],
    organization: mentioned.organization.get(submission.id) ?? [],
  });
}
