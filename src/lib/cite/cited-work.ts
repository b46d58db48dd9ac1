// What a citation cites, in words: who wrote it, what it is called, which
// paragraph, and what the reader should know about it. Every format (the
// three styles, the downloads, the Highwire tags, the pages) takes its words
// from here, so a wording fixed here is fixed everywhere.
//
// Two rules decide the words:
// - The report numbers only the paragraphs of its introduction (A/73/112
//   para. 5 is the Secretary-General's text); paragraph numbers inside a reply
//   are this site's. So a locator always says whose paragraph it is and whose
//   numbering: "古巴答复第5段（本站编号）", never a bare "第5段".
// - A reply flagged not-reproduced is the Secretary-General's note that the
//   reply was not printed: it is cited as his note, never as the respondent's words.
import type { Flag } from '../schema.ts';
import type { CitationSource } from './citation-source.ts';

export type CitationLanguage = 'zh' | 'en';

/** The author of the host report, and of a note on a reply it does not reproduce. */
export const SECRETARY_GENERAL = { zh: '联合国秘书长', en: 'United Nations Secretary-General' } as const;

export interface CitedWork {
  /** One institutional author: the respondent as the report prints it, or the Secretary-General. */
  author: string;
  /** The part's own title: "古巴的答复", "Reply of Cuba", "关于土库曼斯坦答复的说明". */
  title: string;
  /** Whose paragraph, whose numbering, and the printed page where proven; absent for a whole reply. */
  locator?: string;
  /** What the text is (summary, not reproduced, cut off here), one sentence each. */
  flagNotes: string[];
}

const FLAG_NOTES: Record<CitationLanguage, Record<Flag, string>> = {
  zh: {
    summary: '报告只收录了这份答复的摘要',
    'not-reproduced': '报告没有转载这份答复，所引为秘书长关于该答复的说明',
    truncated: '本站所用的报告文本在这份答复中途结束，缺少的部分见联合国正式文件',
  },
  en: {
    summary: 'The report prints only a summary of this reply',
    'not-reproduced': "The report does not reproduce this reply; what is cited is the Secretary-General's note on it",
    truncated: "This site's text of the report ends partway through this reply; the rest is in the official document",
  },
};

/**
 * Line breaks and tabs would end a RIS line and start a forged tag, and mean
 * nothing in a name or title, so every text field is one line.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isNote(source: CitationSource): boolean {
  return source.submission.flags.includes('not-reproduced');
}

/** "North Atlantic Treaty Organization" → "the North Atlantic Treaty Organization", as English running text names it. */
function englishInText(source: CitationSource): string {
  const { name, article } = source.respondent;
  return article ? `${article} ${oneLine(name.en)}` : oneLine(name.en);
}

function partTitle(source: CitationSource, language: CitationLanguage): string {
  const summary = source.submission.flags.includes('summary');
  if (language === 'zh') {
    const zh = oneLine(source.respondent.name.zh);
    if (isNote(source)) return `关于${zh}答复的说明`;
    return summary ? `${zh}的答复（摘要）` : `${zh}的答复`;
  }
  const en = englishInText(source);
  if (isNote(source)) return `Note on the reply of ${en}`;
  return summary ? `Reply of ${en} (summary)` : `Reply of ${en}`;
}

/** "古巴答复", "关于土库曼斯坦答复的说明"; "reply of Cuba", "note on the reply of Turkmenistan". */
function paragraphOwner(source: CitationSource, language: CitationLanguage): string {
  if (language === 'zh') {
    const zh = oneLine(source.respondent.name.zh);
    return isNote(source) ? `关于${zh}答复的说明` : `${zh}答复`;
  }
  const en = englishInText(source);
  return isNote(source) ? `note on the reply of ${en}` : `reply of ${en}`;
}

/**
 * "第10页，卡塔尔答复第20段（本站编号），原文第3项"; "p. 10, reply of Qatar, para. 20 (numbered
 * on this site), item 3". The printed item label is what a reader finds in the UN PDF; the
 * paragraph number is what this site shows, and the only locator of a paragraph the report
 * does not number.
 */
function locatorText(source: CitationSource, language: CitationLanguage): string | undefined {
  const { paragraph } = source;
  if (!paragraph) return undefined;
  const owner = paragraphOwner(source, language);
  if (language === 'zh') {
    const item = paragraph.printed === undefined ? '' : `，原文第${paragraph.printed}项`;
    const part = `${owner}第${paragraph.number}段（本站编号）${item}`;
    return paragraph.page === undefined ? part : `第${paragraph.page}页，${part}`;
  }
  const item = paragraph.printed === undefined ? '' : `, item ${paragraph.printed}`;
  const part = `${owner}, para. ${paragraph.number} (numbered on this site)${item}`;
  return paragraph.page === undefined ? part : `p. ${paragraph.page}, ${part}`;
}

export function describeCitedWork(source: CitationSource, language: CitationLanguage): CitedWork {
  const locator = locatorText(source, language);
  return {
    author: isNote(source) ? SECRETARY_GENERAL[language] : oneLine(source.respondent.name[language]),
    title: partTitle(source, language),
    ...(locator === undefined ? {} : { locator }),
    flagNotes: source.submission.flags.map((flag) => FLAG_NOTES[language][flag]),
  };
}

/**
 * The locator of an author-date in-text citation, as a CSL cite: "(Cuba 2018,
 * para. 5 [numbered on this site])", "(Qatar 2018, 10, para. 20 [numbered on this site], item 3)". The in-text citation points at the
 * reply's reference entry, so the paragraph is the reply's; the brackets say
 * whose numbering (brackets, as parentheses inside parentheses, CMOS 6.101 and APA 6.10).
 */
export function inTextLocator(source: CitationSource): { locator: string; label: 'paragraph' | 'page' } | undefined {
  const { paragraph } = source;
  if (!paragraph) return undefined;
  const item = paragraph.printed === undefined ? '' : `, item ${paragraph.printed}`;
  const numbered = `${paragraph.number} [numbered on this site]${item}`;
  return paragraph.page === undefined
    ? { locator: numbered, label: 'paragraph' }
    : { locator: `${paragraph.page}, para. ${numbered}`, label: 'page' };
}
