// Build the Pagefind index over dist/, last step of `npm run build`.
// The npm package runs Pagefind Extended, which segments Chinese.
import * as pagefind from 'pagefind';

const SITE = process.argv[2] ?? 'dist';

async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: SITE });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${SITE}/pagefind` });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  console.log(`pagefind: indexed ${added.page_count} pages into ${SITE}/pagefind`);
  await pagefind.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
