// The reports a resolution's or instrument's page only lists (page-budget.ts): each gets a page
// of its own at /resolutions/{slug}/{report}/ or /instruments/{id}/{report}/.
import type { Corpus } from '../schema.ts';
import {
  mentionedInstruments,
  mentionedResolutions,
  mentionsByReport,
  type MentionsInReport,
} from './mentioned-works.ts';
import { mentionsWeight, splitByBudget } from './page-budget.ts';

export interface ListedMentions {
  kind: 'resolution' | 'instrument';
  ref: string;
  group: MentionsInReport;
}

/** Every report part that a resolution's or instrument's page lists rather than holds. */
export function listedMentions(corpus: Corpus, kind: 'resolution' | 'instrument'): ListedMentions[] {
  const refs = (kind === 'resolution' ? mentionedResolutions(corpus) : mentionedInstruments(corpus)).map(
    (work) => work.ref,
  );
  return refs.flatMap((ref) =>
    splitByBudget(mentionsByReport(corpus, kind, ref), mentionsWeight).listed.map((group) => ({ kind, ref, group })),
  );
}
