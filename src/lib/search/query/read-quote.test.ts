import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../text/normalize.ts';
import { holdsInOrder, readQuote } from './read-quote.ts';

const read = (pasted: string) => readQuote(normalizeForSearch(pasted));

describe('readQuote', () => {
  it('reads a passage of twelve characters or more as one part, whatever its line breaks, spaces and width', () => {
    expect(read('古巴没有也不打算拥有大规模毁灭性武器')).toEqual(['古巴没有也不打算拥有大规模毁灭性武器']);
    expect(read('古巴没有也不打算\n拥有 大规模毁灭性武器')).toEqual(['古巴没有也不打算拥有大规模毁灭性武器']);
    expect(read('第１５４０（２００４）号决议的执行情况')).toEqual(['第1540(2004)号决议的执行情况']);
  });

  it('leaves out a punctuation mark at either end', () => {
    expect(read('“古巴没有也不打算拥有大规模毁灭性武器，')).toEqual(['古巴没有也不打算拥有大规模毁灭性武器']);
    expect(read('。古巴没有也不打算拥有大规模毁灭性武器。”')).toEqual(['古巴没有也不打算拥有大规模毁灭性武器']);
  });

  it('cuts at an ellipsis, …… or ...', () => {
    expect(read('古巴没有也不打算……此类武器不是古巴国家防御战略')).toEqual([
      '古巴没有也不打算',
      '此类武器不是古巴国家防御战略',
    ]);
    expect(read('古巴没有也不打算...此类武器不是古巴国家防御战略')).toEqual([
      '古巴没有也不打算',
      '此类武器不是古巴国家防御战略',
    ]);
    expect(read('古巴没有也不打算…此类武器不是')).toEqual(['古巴没有也不打算', '此类武器不是']);
  });

  it('is no quotation under twelve characters', () => {
    expect(read('核安全 出口管制')).toBeUndefined();
    expect(read('古巴……武器')).toBeUndefined();
    expect(read('。，')).toBeUndefined();
  });
});

describe('holdsInOrder', () => {
  it('finds the parts in order, not overlapping', () => {
    expect(holdsInOrder('甲乙丙丁戊', ['乙', '丁'])).toBe(true);
    expect(holdsInOrder('甲乙丙丁戊', ['丁', '乙'])).toBe(false);
    expect(holdsInOrder('甲乙丙', ['甲乙', '乙丙'])).toBe(false);
    expect(holdsInOrder('甲乙丙', ['甲乙丙'])).toBe(true);
  });
});

describe('readQuote, what stays', () => {
  it('keeps brackets and symbols at the ends: the text has them', () => {
    expect(read('onerror=alert(1)')).toEqual(['onerror=alert(1)']);
    expect(read('《化学武器公约》第十条的规定')).toEqual(['《化学武器公约》第十条的规定']);
  });
});
