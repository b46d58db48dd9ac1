// `npm run lint` as a contributor runs it: it fails on a file Prettier would format otherwise.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm run lint', () => {
  it('fails on an unformatted file, and names it', () => {
    const probe = 'test-support/unformatted-probe.ts';
    writeFileSync(probe, 'export const  probe = {a:1,\n    b:2}\n');
    try {
      const run = spawnSync('npm', ['run', '--silent', 'lint'], { encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stdout + run.stderr).toContain(probe);
    } finally {
      rmSync(probe);
    }
  });
});
