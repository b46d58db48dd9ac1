import { describe, expect, test } from 'vitest';
import { buildCitationItem, citationKey, REPORT_TITLE_EN } from './csl-item.ts';
import { CUBA_PARAGRAPH_3, CUBA_REPLY, withRespondent } from '../../../test-support/citation-sources.ts';

describe('buildCitationItem', () => {
  test('a reply: the respondent is the author, the report the container, the symbol the number', () => {
    const { csl, paragraph } = buildCitationItem(CUBA_REPLY, 'zh');
    expect(paragraph).toBeUndefined();
    expect(csl).toEqual({
      id: 'a-73-112-cuba',
      'citation-key': 'a-73-112-cuba',
      type: 'report',
      author: [{ literal: '古巴' }],
      title: '古巴的答复',
      'container-title': '防止恐怖分子获取大规模毁灭性武器的措施',
      'collection-title': '防止恐怖分子获取大规模毁灭性武器的措施',
      number: 'A/73/112',
      publisher: '联合国',
      'publisher-place': '纽约',
      issued: { 'date-parts': [[2018]] },
      submitted: { 'date-parts': [[2018, 4, 5]] },
      accessed: { 'date-parts': [[2026, 11, 23]] },
      URL: 'https://example.org/wmd/states/cuba/a-73-112/',
      note: '正式文件：https://undocs.org/zh/A/73/112',
      language: 'zh-CN',
    });
  });

  test('a paragraph: its own key and permalink, and the paragraph where a page would go', () => {
    const item = buildCitationItem(CUBA_PARAGRAPH_3, 'zh');
    expect(item.paragraph).toBe(3);
    expect(item.csl).toMatchObject({
      id: 'a-73-112-cuba-p3',
      page: '第3段',
      URL: 'https://example.org/wmd/cite/a-73-112-cuba/a-73-112-p3/',
    });
  });

  test('the English variant has English names but says the text is Chinese', () => {
    const { csl } = buildCitationItem(CUBA_PARAGRAPH_3, 'en');
    expect(csl).toMatchObject({
      author: [{ literal: 'Cuba' }],
      title: 'Reply of Cuba',
      'container-title': REPORT_TITLE_EN,
      publisher: 'United Nations',
      'publisher-place': 'New York',
      page: 'para. 3',
      note: 'Official document: https://undocs.org/zh/A/73/112',
      language: 'zh',
    });
  });

  test('names are one line, so no RIS tag can be forged', () => {
    const { csl } = buildCitationItem(withRespondent(CUBA_REPLY, ' 古\n巴\t'), 'zh');
    expect(csl.author).toEqual([{ literal: '古 巴' }]);
  });

  test('a malformed date is an error that says what was expected', () => {
    expect(() => buildCitationItem({ ...CUBA_REPLY, accessed: '23/11/2026' }, 'zh')).toThrow(
      'expected a date like "2018-04-05", got "23/11/2026"',
    );
  });
});

test('citationKey', () => {
  expect(citationKey(CUBA_REPLY)).toBe('a-73-112-cuba');
  expect(citationKey(CUBA_PARAGRAPH_3)).toBe('a-73-112-cuba-p3');
});
