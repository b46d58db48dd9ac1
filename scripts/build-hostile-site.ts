// For the tests: build the site from a copy of A/73/112 with markup planted in a
// paragraph and a footnote (dist-hostile/), to prove it is shown as text everywhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { decodeSource } from '../src/lib/parse/decode-source.ts';
import { parseReport } from '../src/lib/parse/parse-report.ts';
import { toEntryFiles } from '../src/lib/corpus/entry-files.ts';
import { entriesOfParsedReports } from '../src/lib/corpus/assemble-corpus.ts';
import { readInstruments, readRespondents, DEFAULT_TITLE } from '../src/lib/corpus/read-sources.ts';

const HOSTILE_TEXTS = ['<script>alert("xss")</script>', '"><img src=x onerror=alert(1)>'];
const ENTRIES = 'bench/hostile/entries';
const OUT = 'dist-hostile';

const file = 'content/sources/A-73-112.zh.txt';
const lines = readFileSync(file, 'utf8').split('\n');
// Cuba's first paragraph, and NATO's footnote.
const cuba = lines.findIndex((line) => line.startsWith(' 古巴没有也不打算拥有大规模毁灭性武器'));
const footnote = lines.findIndex((line) => line.includes('北大西洋公约组织所提供信息的全文见'));
lines[cuba] = lines[cuba]!.replace('古巴没有', `古巴${HOSTILE_TEXTS[0]}没有`);
lines[footnote] = lines[footnote]!.replace('全文见', `全文${HOSTILE_TEXTS[1]}见`);

const text = decodeSource(new TextEncoder().encode(lines.join('\n')), file);
const respondents = readRespondents();
const parsed = parseReport(text, {
  file,
  symbol: 'A/73/112',
  title: DEFAULT_TITLE,
  sha256: '0'.repeat(64),
  respondents,
});
rmSync('bench/hostile', { recursive: true, force: true });
for (const entry of toEntryFiles(entriesOfParsedReports([parsed], readInstruments()))) {
  const path = entry.path.replace('content/entries', ENTRIES);
  mkdirSync(path.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(path, entry.content);
}
// Its own Astro cache (emptied with bench/hostile above): the next build of today's reports keeps theirs.
const env = {
  ...process.env,
  CORPUS_ENTRIES: ENTRIES,
  SITE_OUT_DIR: OUT,
  SITE_CACHE_DIR: 'bench/hostile/astro-cache',
  ASTRO_TELEMETRY_DISABLED: '1',
};
execFileSync('node_modules/.bin/astro', ['build', '--silent'], { env, stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/index-search.ts', OUT], { env, stdio: 'inherit' });
