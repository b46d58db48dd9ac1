// Every reply and numbered block that has a citation, for the /cite/ routes.
import type { Block } from '../schema.ts';
import type { RespondentView } from './corpus-view.ts';
import type { CitedReply } from './citations.ts';
import { paragraphNumber } from './block-segments.ts';

export interface CitedBlock {
  reply: CitedReply;
  block: Block | undefined;
}

export function citedBlocks(views: readonly RespondentView[]): CitedBlock[] {
  return views.flatMap(({ respondent, replies }) =>
    replies.flatMap(({ submission, report }) => {
      const reply = { submission, report, respondent };
      const numbered = submission.blocks.filter((block) => paragraphNumber(block.id) !== undefined);
      return [{ reply, block: undefined }, ...numbered.map((block) => ({ reply, block }))];
    }),
  );
}
