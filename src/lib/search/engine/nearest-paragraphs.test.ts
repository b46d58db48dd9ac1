import { describe, expect, it } from 'vitest';
import { charactersInOrder, nearestParagraphs, quotePieces } from './nearest-paragraphs.ts';
import type { ReplyCard } from '../files/cards.ts';

const card = (id: string, ...texts: string[]): ReplyCard => ({
  id,
  report: 'A/73/112',
  received: '2018-04-05',
  kind: 'state',
  language: 'es',
  name: { zh: id, en: id },
  page: `/states/${id}/a-73-112/`,
  units: texts.map((text, index) => ({ anchor: `a-73-112-p${index + 1}`, kind: 'paragraph', number: index + 1, text })),
});

describe('charactersInOrder', () => {
  it('counts the characters two texts share in order (longest common subsequence)', () => {
    expect(charactersInOrder('核安全', '核安全')).toBe(3);
    expect(charactersInOrder('核安全', '核保安')).toBe(2);
    expect(charactersInOrder('abcde', 'axcye')).toBe(3);
    expect(charactersInOrder('', '核')).toBe(0);
  });
});

describe('nearestParagraphs', () => {
  it('ranks paragraphs by the characters they share with a quotation in order, and drops the far ones', () => {
    const quote = '古巴没有也不打算拥有大规模杀伤性武器';
    const near = nearestParagraphs(quote, [
      card('far', '出口管制清单。'),
      card('cuba', '前言。', '古巴没有也不打算拥有大规模毁灭性武器，此类武器不是古巴国家防御战略的一部分。'),
    ]);
    expect(near.map((each) => [each.card.id, each.unit.anchor, each.common, each.length])).toEqual([
      ['cuba', 'a-73-112-p2', 16, 18],
    ]);
  });
});

describe('quotePieces', () => {
  it('cuts up to eight pieces of four characters spread over the text', () => {
    expect(quotePieces('一二三')).toEqual([]);
    expect(quotePieces('一二三四')).toEqual(['一二三四']);
    const pieces = quotePieces('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸');
    expect(pieces.length).toBeLessThanOrEqual(8);
    expect(pieces.every((piece) => [...piece].length === 4)).toBe(true);
    expect(pieces[0]).toBe('一二三四');
  });
});
