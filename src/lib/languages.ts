// The original languages of the replies: the parser reads them from the headers ([原件：英文]),
// the schema lists their codes and the pages name them. No imports: the schema and the labels both use it.

/** Original languages of the replies: ISO 639-1 code → the name a report prints, and the English one. */
export const LANGUAGES = {
  en: { zh: '英文', en: 'English' },
  es: { zh: '西班牙文', en: 'Spanish' },
  ar: { zh: '阿拉伯文', en: 'Arabic' },
  ru: { zh: '俄文', en: 'Russian' },
  fr: { zh: '法文', en: 'French' },
  zh: { zh: '中文', en: 'Chinese' },
} as const;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]];

export function languageName(code: LanguageCode): { zh: string; en: string } {
  return LANGUAGES[code];
}

/** "英文" → "en"; undefined for a name the table does not have. */
export function languageCodeOf(printedName: string): LanguageCode | undefined {
  return LANGUAGE_CODES.find((code) => LANGUAGES[code].zh === printedName);
}
