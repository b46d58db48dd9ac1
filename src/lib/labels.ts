// Words the pages show for the corpus's codes, in Chinese with English beside (the original
// languages' names are in languages.ts).
import type { Flag, RespondentEntry } from './schema.ts';

const FLAGS: Record<Flag, { label: string; explanation: string }> = {
  summary: {
    label: '仅为摘要',
    explanation: '报告只收录了这份答复的摘要；全文据报告脚注载于裁军事务厅网站，本站没有全文。',
  },
  'not-reproduced': {
    label: '未转载',
    explanation: '报告没有转载这份答复，只有秘书处说明不转载的原因；本站所示即该说明。',
  },
  truncated: {
    label: '本站文本不完整',
    explanation: '本站所用的报告文本在这份答复中途结束（原文句子未完）；缺少的部分请查阅联合国正式文件。',
  },
};

export function flagLabel(flag: Flag): { label: string; explanation: string } {
  return FLAGS[flag];
}

/** "2018-04-05" → "2018年4月5日". */
export function formatDateZh(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export const KIND_LABELS: Record<RespondentEntry['kind'], { zh: string; en: string; plural: string }> = {
  state: { zh: '国家', en: 'State', plural: '国家' },
  organization: { zh: '组织', en: 'Organization', plural: '国际组织' },
};

/** Security Council or General Assembly, in Chinese and English. */
export function resolutionBody(symbol: string): { zh: string; en: string } {
  return symbol.startsWith('S/')
    ? { zh: '安全理事会', en: 'Security Council' }
    : { zh: '大会', en: 'General Assembly' };
}

/** The number every mention of a resolution contains, however it is written: 1540, 72/42. */
export function resolutionNumber(symbol: string): string {
  return /^(?:S\/RES\/(\d+)|A\/RES\/(\d+\/\d+))/.exec(symbol)?.slice(1).find(Boolean) ?? symbol.toLowerCase();
}

/** 安全理事会第1540(2004)号决议 · Security Council resolution 1540 (2004): a resolution as the UN names it in prose. */
export function resolutionTitle(symbol: string): { zh: string; en: string } {
  const body = resolutionBody(symbol);
  const number = resolutionNumber(symbol);
  const year = /\((\d{4})\)$/.exec(symbol)?.[1];
  return {
    zh: `${body.zh}第${number}${year ? `(${year})` : ''}号决议`,
    en: `${body.en} resolution ${number}${year ? ` (${year})` : ''}`,
  };
}

/**
 * A title in book-title marks, as Chinese prints it: 《核材料实物保护公约》; a title that holds
 * another title marks the inner one 〈〉 (《〈核材料实物保护公约〉修正案》, never 《《…》修正案》).
 * A form that closes a mark it never opened is the text's own (核材料实物保护公约》2005 年修正案,
 * from "《核材料实物保护公约》2005 年修正案"): it gets back its opening mark only.
 */
export function bookTitle(title: string): string {
  const opened = (title.match(/《/g) ?? []).length;
  const closed = (title.match(/》/g) ?? []).length;
  if (closed > opened) return `《${title}`;
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** 《化学武器公约》, 《〈核材料实物保护公约〉修正案》: an instrument's title, as its page prints it. */
export function instrumentTitle(instrument: { name: { zh: string } }): string {
  return bookTitle(instrument.name.zh);
}

/** "Arms Trade Treaty (ATT), 2013": an instrument's English title as its page prints it. */
export function instrumentTitleEn(instrument: {
  name: { en: string };
  acronym?: string | undefined;
  year: number;
}): string {
  return `${instrument.name.en}${instrument.acronym ? ` (${instrument.acronym})` : ''}, ${instrument.year}`;
}

/** 化学武器公约: the shortest Chinese form the replies use for an instrument, for tight places (filters, the matrix). */
export function instrumentShortName(instrument: { aliases: readonly string[] }): string {
  return [...instrument.aliases].sort((a, b) => a.length - b.length)[0]!;
}

/** 1540(2004), 72/42: a resolution's number, for tight places. */
export function resolutionShortName(symbol: string): string {
  const year = /\((\d{4})\)$/.exec(symbol)?.[1];
  return `${resolutionNumber(symbol)}${year ? `(${year})` : ''}`;
}

/** Replies listed by name up to this many; beyond, counted, the latest named: so that lists keep their size as reports are added. */
export const REPLIES_NAMED = 3;

/** "A/73/112（2018）、A/66/115（2011）", or "12 份答复，最近 A/88/112（2033）": a respondent's replies in one line. */
export function repliesInOneLine(reports: readonly { symbol: string; year: number }[]): string {
  if (reports.length <= REPLIES_NAMED) return reports.map((report) => `${report.symbol}（${report.year}）`).join('、');
  const latest = reports[0]!;
  return `${reports.length} 份答复，最近 ${latest.symbol}（${latest.year}）`;
}

/** "A/66/115 或 A/73/112", or "12 份报告（A/66/115 至 A/88/112）": the reports a description names, oldest first, in a line that keeps its size. */
export function reportsInText(reports: readonly { symbol: string; year: number }[], joiner = ' 或 '): string {
  const oldestFirst = [...reports].sort((a, b) => a.year - b.year);
  if (oldestFirst.length <= REPLIES_NAMED) return oldestFirst.map((report) => report.symbol).join(joiner);
  return `${oldestFirst.length} 份报告（${oldestFirst[0]!.symbol} 至 ${oldestFirst.at(-1)!.symbol}）`;
}

/** Reports given a column each in tables of counts; the total counts them all. */
export const REPORT_COLUMNS = 3;

/**
 * State names that English running text gives "the", as the UN writes them
 * ("the Russian Federation", "the Philippines"): these whole names, and names
 * that start with a common noun (Republic of …, United …). Every other
 * state's name takes none; names of organizations always take it ("the European Union").
 */
const STATES_WITH_THE = new Set([
  'Bahamas',
  'Comoros',
  'Congo',
  'Gambia',
  'Holy See',
  'Maldives',
  'Marshall Islands',
  'Netherlands',
  'Niger',
  'Philippines',
  'Russian Federation',
  'Solomon Islands',
  'Sudan',
]);
const STATE_NAMES_STARTING_WITH_A_NOUN =
  /^(Central African Republic|Czech Republic|Democratic |Dominican Republic|Lao |Republic of |State of |Syrian Arab Republic|United )/;

/** "the" where English running text puts it before the name: "Reply of the North Atlantic Treaty Organization". */
export function englishArticle(respondent: Pick<RespondentEntry, 'kind' | 'name'>): 'the' | undefined {
  if (respondent.kind === 'organization') return 'the';
  const name = respondent.name.en;
  return STATES_WITH_THE.has(name) || STATE_NAMES_STARTING_WITH_A_NOUN.test(name) ? 'the' : undefined;
}

/** "the North Atlantic Treaty Organization", "Cuba": a respondent's English name inside an English sentence. */
export function englishNameInText(respondent: Pick<RespondentEntry, 'kind' | 'name'>): string {
  const article = englishArticle(respondent);
  return article ? `${article} ${respondent.name.en}` : respondent.name.en;
}
