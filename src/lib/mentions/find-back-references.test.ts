import { describe, expect, it } from 'vitest';
import { readInstruments as instruments } from '../corpus/read-sources.ts';
import { findMentions } from './mark-mentions.ts';

const registry = instruments();
/** The instruments a text mentions by generic title, with the title as printed. */
const backReferences = (text: string) =>
  findMentions(text, registry)
    .filter(
      (mention) =>
        mention.kind === 'instrument' &&
        /^《(公约|条约|议定书|准则|守则|修正案)》$|^该(公约|条约|议定书)的?修正案$/.test(
          text.slice(mention.start, mention.end),
        ),
    )
    .map((mention) => `${text.slice(mention.start, mention.end)}=${mention.ref}`);

describe('generic titles that refer back', () => {
  it('reads 《修正案》 after a convention as that convention’s amendment (Qatar, 2018)', () => {
    expect(backReferences('《核材料实物保护公约》及其《修正案》、《制止核恐怖主义行为国际公约》')).toEqual([
      '《修正案》=cppnm-amendment',
    ]);
  });

  it('reads 该公约的修正案 as the amendment of the convention just named (Russian Federation, 2011)', () => {
    expect(
      backReferences('俄罗斯联邦批准了《核材料实物保护公约》、该公约的修正案和《制止核恐怖主义行为国际公约》。'),
    ).toEqual(['该公约的修正案=cppnm-amendment']);
    // With no convention named before it, or none with an amendment in the registry, it stays unread.
    expect(backReferences('该公约的修正案')).toEqual([]);
    expect(backReferences('《化学武器公约》及该公约的修正案')).toEqual([]);
  });

  it('reads 《公约》 as the last convention named before it in the paragraph (EU, 2018)', () => {
    expect(backReferences('《生物武器公约》第八次审议大会……继续为执行和普遍加入《公约》提供有力的政治支持')).toEqual([
      '《公约》=bwc',
    ]);
  });

  it('reads 该《条约》 as the treaty, not a convention named after it (African Union, 2011)', () => {
    expect(
      backReferences('签署《非洲无核武器区条约》(佩林达巴条约)。该《条约》宣布非洲为无核武器区。《化学武器公约》'),
    ).toEqual(['《条约》=pelindaba']);
  });

  it('reads 《准则》 as the code named before it (Cuba, 2018)', () => {
    expect(backReferences('支持《放射源安全和保安行为准则》，虽然认识到该《准则》')).toEqual([
      '《准则》=code-of-conduct-radioactive-sources',
    ]);
  });

  it('leaves a generic title alone when its paragraph names no instrument of that kind before it', () => {
    // Cuba, 2018: 《公约》 is the BWC, named in no earlier sentence of the paragraph.
    expect(backReferences('达成一项具有法律约束力的、用于核查《公约》遵守情况的议定书')).toEqual([]);
    expect(backReferences('《不扩散核武器条约》缔约国……《公约》')).toEqual([]);
    expect(backReferences('《公约》……《化学武器公约》')).toEqual([]);
    expect(backReferences('《不扩散核武器条约》及其《修正案》')).toEqual([]);
  });
});
