// Child process of the benchmark: parse every report once, report peak memory.
// Run apart so that its peak resident memory is the parser's, not the bench's.
import { parseCorpusFromSources } from '../../src/lib/corpus/read-sources.ts';

const before = process.memoryUsage();
const corpus = parseCorpusFromSources();
const after = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    submissions: corpus.submissions.length,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapGrowthBytes: after.heapUsed - before.heapUsed,
  }),
);
