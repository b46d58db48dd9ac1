// Every reply of both reports as the site cites it: the author in each format
// is the name the report prints in the reply's heading, apart from a reply not
// reproduced, which is cited as the Secretary-General's note.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { citationSet, citedNames, replyDescription } from './cite-replies.ts';

const SITE = new URL('https://example.org/');

function replies() {
  const corpus = realCorpus();
  return corpus.submissions.map((submission) => ({
    submission,
    report: corpus.reports.find((each) => each.symbol === submission.report)!,
    respondent: corpus.respondents.find((each) => each.id === submission.respondent)!,
  }));
}

const readAuthor = (text: string) =>
  (new Cite(text).data[0]!['author'] as { literal?: string; family?: string }[]).map(
    (name) => name.literal ?? name.family,
  );

describe('every reply', () => {
  test('is cited under the name its report prints, or as the Secretary-General’s note', () => {
    for (const reply of replies()) {
      const set = citationSet(reply, undefined, SITE);
      const note = reply.submission.flags.includes('not-reproduced');
      const zh = note ? '联合国秘书长' : citedNames(reply).printed;
      const en = note ? 'United Nations Secretary-General' : reply.respondent.name.en;
      const id = reply.submission.id;
      expect(set.gbt.startsWith(`${zh}. `), id).toBe(true);
      expect(set.chicago.reference.startsWith(`${en}. 2`), id).toBe(true);
      expect(set.apa.reference.startsWith(`${en}. (`), id).toBe(true);
      expect(readAuthor(set.bibtex), id).toEqual([zh]);
      expect(readAuthor(set.ris), id).toEqual([zh]);
      expect(readAuthor(set.cslJson), id).toEqual([zh]);
      expect(set.highwire.find((tag) => tag.name === 'citation_author')?.content, id).toBe(zh);
    }
  });

  test('INTERPOL in A/66/115 under 国际刑警组织, as that report prints it; in A/73/112 under 国际刑事警察组织', () => {
    const interpol = replies().filter((reply) => reply.respondent.id === 'interpol');
    const authors = interpol.map((reply) => citationSet(reply, undefined, SITE).gbt.split('. ')[0]);
    expect(authors.sort()).toEqual(['国际刑事警察组织', '国际刑警组织']);
  });

  test('Turkmenistan 2011, not reproduced, as the note it is', () => {
    const turkmenistan = replies().find((reply) => reply.submission.id === 'a-66-115-turkmenistan')!;
    const set = citationSet(turkmenistan, undefined, SITE);
    expect(set.work.zh).toEqual({
      author: '联合国秘书长',
      title: '关于土库曼斯坦答复的说明',
      flagNotes: ['报告没有转载这份答复，所引为秘书长关于该答复的说明'],
    });
  });
});

test('a reply page’s description (Zotero’s abstract) says what the page holds', () => {
  const byId = new Map(replies().map((reply) => [reply.submission.id, reply]));
  const describe = (id: string) => {
    const reply = byId.get(id)!;
    return replyDescription(citationSet(reply, undefined, SITE), reply.report);
  };
  expect(describe('a-66-115-interpol')).toBe('国际刑警组织的答复全文，载于秘书长报告 A/66/115（2011年）。');
  expect(describe('a-66-115-turkmenistan')).toBe(
    '关于土库曼斯坦答复的说明，载于秘书长报告 A/66/115（2011年）。报告没有转载这份答复，所引为秘书长关于该答复的说明。',
  );
});
