// What a citation is made from: the facts of one reply (or one of its paragraphs) that every
// format needs, gathered from the corpus by site/cite-replies.ts.
import type { Flag } from '../schema.ts';

/** The facts a citation needs; the corpus has them all (Report, Respondent, Submission). */
export interface CitationSource {
  report: {
    /** Document symbol: "A/73/112". */
    symbol: string;
    /** Year of the report. */
    year: number;
    /** Chinese title as printed. */
    title: string;
    /** The official Chinese document. */
    officialUrl: string;
  };
  respondent: {
    /** zh: the name as this report prints it in the reply's heading; en: the registry's English name. */
    name: { zh: string; en: string };
    /** "the" where English running text puts it before the name ("the North Atlantic Treaty Organization"). */
    article?: 'the';
  };
  submission: {
    /** Corpus id: "a-73-112-cuba". */
    id: string;
    /** Date the reply was received, YYYY-MM-DD. */
    received: string;
    /** What the text says about itself. */
    flags: readonly Flag[];
  };
  /** Present when one paragraph is cited. */
  paragraph?: {
    /** The paragraph number a reader sees beside the text (this site's numbering). */
    number: number;
    /** The report's printed page where the paragraph starts, only where the page furniture proves it. */
    page?: number;
    /** The item's label as the report prints it ("3", "(a)"), where its list mark names it (printed-item.ts). */
    printed?: string;
  };
  /** Absolute URL of the reply page, with the paragraph's anchor when one paragraph is cited. */
  permalink: string;
  /** Date the reader saw the permalink, YYYY-MM-DD. */
  accessed: string;
}
