// Write a fictitious N× corpus as entry files under bench/corpora/ (git-ignored).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseEntriesFromSources } from '../../src/lib/corpus/read-sources.ts';
import { synthesizeCorpus } from '../../test-support/synthesize-corpus.ts';

export function writeSyntheticCorpus(factor: number): string {
  const real = parseEntriesFromSources();
  const synthetic = synthesizeCorpus(real.reports, real.submissions, factor, factor);
  const dir = `bench/corpora/x${factor}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/reports`, { recursive: true });
  mkdirSync(`${dir}/submissions`, { recursive: true });
  for (const report of synthetic.reports) writeFileSync(`${dir}/reports/${report.slug}.json`, JSON.stringify(report));
  for (const submission of synthetic.submissions)
    writeFileSync(`${dir}/submissions/${submission.id}.json`, JSON.stringify(submission));
  return dir;
}
