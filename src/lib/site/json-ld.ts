// schema.org descriptions for search engines and link previews. Zotero ignores
// them (its Highwire tags decide what is saved), so they can say more.
import type { CitationSet } from '../cite/citation-set.ts';
import { DATA_TERMS, type Report, type Submission } from '../schema.ts';

const UNITED_NATIONS = { '@type': 'Organization', name: 'United Nations', alternateName: '联合国' } as const;

function reportNode(report: Report) {
  return {
    '@type': 'Report',
    name: report.title,
    reportNumber: report.symbol,
    datePublished: String(report.year),
    publisher: UNITED_NATIONS,
    url: report.officialUrl,
    inLanguage: 'zh',
  };
}

/**
 * A reply as a part of its report, named and authored as its citations name
 * it (set.work): the name the report prints, or the Secretary-General for a
 * reply the report does not reproduce.
 */
export function replyJsonLd(submission: Submission, report: Report, set: CitationSet, url: string) {
  const { zh, en } = set.work;
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': url,
    url,
    name: `${zh.title}：${report.title}`,
    alternateName: `${en.title}: ${report.symbol}`,
    author: { '@type': 'Organization', name: zh.author, alternateName: en.author },
    dateReceived: submission.received,
    datePublished: String(report.year),
    inLanguage: 'zh-CN',
    ...(zh.flagNotes.length > 0 ? { description: zh.flagNotes.join('。') } : {}),
    isPartOf: reportNode(report),
  };
}

export function datasetJsonLd(
  url: string,
  downloads: { json: string; csv: string },
  reports: readonly Pick<Report, 'symbol' | 'officialUrl'>[],
  replyCount: number,
) {
  const symbols = reports.map((report) => report.symbol);
  const named = symbols.length > 1 ? `${symbols.slice(0, -1).join('、')} 和 ${symbols.at(-1)}` : symbols.join('');
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    name: '防止恐怖分子获取大规模毁灭性武器的措施：各国和国际组织的答复（中文本）',
    alternateName:
      'Replies of states and international organizations on measures to prevent terrorists from acquiring weapons of mass destruction (Chinese text)',
    description: `联合国秘书长报告 ${named} 中文本所载 ${replyCount} 份答复的全文，逐段整理。`,
    inLanguage: 'zh-CN',
    // This site's work; the reports' text is the UN's (DATA_TERMS, /about/).
    license: DATA_TERMS.curationLicenseUrl,
    isBasedOn: reports.map((report) => report.officialUrl),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: downloads.json },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: downloads.csv },
    ],
  };
}
