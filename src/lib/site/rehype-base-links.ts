// Markdown pages link with site paths ("/states/"); under a sub-path those need the base in front.

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function prefixBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const trimmed = base.replace(/\/$/, '');
  return trimmed && !href.startsWith(`${trimmed}/`) ? `${trimmed}${href}` : href;
}

function walk(node: HastNode, base: string): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.['href'] === 'string') {
    node.properties['href'] = prefixBase(node.properties['href'], base);
  }
  node.children?.forEach((child) => walk(child, base));
}

/** rehype plugin: prefix root-relative link targets with the site's base path. */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: HastNode) => walk(tree, options.base);
}
