// Words the pages show for the corpus's codes, in Chinese with English beside.
import type { Flag, Submission } from '../schema.ts';
import { KIND_FOLDER } from '../urls.ts';

const LANGUAGES: Record<Submission['originalLanguage'], { zh: string; en: string }> = {
  en: { zh: '英文', en: 'English' },
  es: { zh: '西班牙文', en: 'Spanish' },
  ar: { zh: '阿拉伯文', en: 'Arabic' },
  ru: { zh: '俄文', en: 'Russian' },
  fr: { zh: '法文', en: 'French' },
  zh: { zh: '中文', en: 'Chinese' },
};

export function languageName(code: Submission['originalLanguage']): { zh: string; en: string } {
  return LANGUAGES[code];
}

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

export const KIND_LABELS = {
  state: { zh: '国家', en: 'State', plural: '国家', folder: KIND_FOLDER.state },
  organization: { zh: '组织', en: 'Organization', plural: '国际组织', folder: KIND_FOLDER.organization },
} as const;
