// The cards the build writes beside the index (search/cards/<id>.json.gz), one per record: what
// the search page shows of a result and checks its text against, loaded only for the results
// it shows. A reply's card is named after the reply (a-73-112-cuba); a report's own text, after
// the report (a-73-112).
import type { Respondent, Submission } from '../../schema.ts';
import type { SearchUnit } from '../text/search-units.ts';

export interface ReplyCard {
  id: string;
  report: string;
  /** YYYY-MM-DD. */
  received: string;
  kind: Respondent['kind'];
  language: Submission['originalLanguage'];
  name: Respondent['name'];
  acronym?: string;
  /** The reply's own page, without the site's base path; units are anchors on it. */
  page: string;
  units: SearchUnit[];
  /** Only where there are any: a summary, a reply not reproduced, a text cut off (shown beside the result). */
  flags?: Submission['flags'];
}

/** The Secretary-General's own text of a report: its title, introduction and section headings, not a reply. */
export interface ReportTextCard {
  id: string;
  report: string;
  year: number;
  title: string;
  /** The report's page, without the site's base path; units are anchors on it. */
  page: string;
  units: SearchUnit[];
}
