// The one-line notes the page shows where a query was not read as typed, in Chinese and English.
import type { HintCode, QueryHint } from './terms.ts';

const MESSAGES: Record<HintCode, (typed: string) => { zh: string; en: string }> = {
  'unclosed-quote': (typed) => ({
    zh: `引号 ${typed} 没有闭合：其后的全部内容按一个短语检索。`,
    en: `The quotation mark ${typed} is not closed: everything after it is searched as one phrase.`,
  }),
  'empty-quotes': () => ({ zh: '空引号已忽略。', en: 'Empty quotation marks were ignored.' }),
  'lone-minus': () => ({
    zh: '单独的减号已忽略：要排除含某词的答复，请把减号紧贴在词前，如 -核武器。',
    en: 'A lone minus was ignored: to leave out replies with a term, put the minus right before it, as in -核武器.',
  }),
  'or-at-start': (typed) => ({
    zh: `开头的 ${typed} 已忽略：${typed} 应写在两个词之间，如 化学武器 ${typed} 生物武器。`,
    en: `${typed} at the start was ignored: put it between two terms, as in 化学武器 ${typed} 生物武器.`,
  }),
  'or-at-end': (typed) => ({
    zh: `末尾的 ${typed} 已忽略：${typed} 应写在两个词之间，如 化学武器 ${typed} 生物武器。`,
    en: `${typed} at the end was ignored: put it between two terms, as in 化学武器 ${typed} 生物武器.`,
  }),
  'or-repeated': (typed) => ({ zh: `重复的 ${typed} 只算一个。`, en: `A repeated ${typed} counts once.` }),
  'or-beside-exclusion': (typed) => ({
    zh: `${typed} 不能连接排除的词，已忽略。`,
    en: `${typed} cannot join a term that is left out; it was ignored.`,
  }),
  'lone-not': (typed) => ({
    zh: `${typed} 后面没有要排除的词，已忽略。`,
    en: `${typed} has no term after it to leave out; it was ignored.`,
  }),
  joined: (typed) => ({
    zh: `“${typed}”按一个词检索：${typed.replace(/\s+/g, '')}。`,
    en: `“${typed}” was searched as one term: ${typed.replace(/\s+/g, '')}.`,
  }),
  'only-exclusions': () => ({
    zh: '检索词只有要排除的词，没有要找的内容：请加上要找的词。',
    en: 'The query only leaves terms out, so there is nothing to find: add a term to look for.',
  }),
};

export function makeHint(code: HintCode, query: string, start: number, end: number): QueryHint {
  return { code, ...MESSAGES[code](query.slice(start, end)), start, end };
}
