// The respondent's name as a report prints it in the reply's heading: the
// author a reference list must carry for that report. The registry keeps one
// canonical Chinese name per respondent for pages, indexes and search; the
// two reports do not always print it (A/66/115 heads INTERPOL's reply
// 国际刑警组织, A/73/112 国际刑事警察组织).
import type { RespondentEntry, SubmissionEntry } from '../schema.ts';

/** Parentheses, half or full width: a registry form with them adds a short form to the name ("国际民用航空组织(国际民航组织)"). */
const HAS_PARENTHESIS = /[()（）]/;

/**
 * The longest of the respondent's Chinese names that the heading contains. A
 * heading can be the name (古巴), the name with its short form in parentheses
 * (国际民用航空组织(国际民航组织)), or a section title around it
 * (从欧洲联盟收到的答复); the longest contained name is the one printed, and
 * a short form inside parentheses never is.
 */
export function printedName(
  submission: Pick<SubmissionEntry, 'id' | 'heading'>,
  respondent: { name: Pick<RespondentEntry['name'], 'zh'>; aliases: readonly string[] },
): string {
  const names = [respondent.name.zh, ...respondent.aliases].filter((name) => !HAS_PARENTHESIS.test(name));
  const found = names
    .filter((name) => submission.heading.includes(name))
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  if (!found) {
    throw new Error(
      `${submission.id}: the heading "${submission.heading}" contains none of the respondent's names (${names.join('、')}); add the printed form to its aliases in content/data/respondents.json`,
    );
  }
  return found;
}
