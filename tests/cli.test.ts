// The parse command as a user runs it: JSON on stdout, or FILE:LINE on stderr and exit 1.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function parseCommand(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/parse.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run parse', () => {
  it('prints one report’s part of the corpus as JSON', () => {
    const { status, stdout } = parseCommand('content/sources/A-73-112.zh.txt');
    expect(status).toBe(0);
    const corpus = JSON.parse(stdout);
    expect(corpus.reports.map((report: { symbol: string }) => report.symbol)).toEqual(['A/73/112']);
    expect(corpus.submissions).toHaveLength(14);
    expect(corpus.respondents).toHaveLength(14);
  });

  it('takes the symbol from --symbol for a file named otherwise', () => {
    const { status, stdout } = parseCommand(
      'tests/fixtures/a-73-112--eu-section-is-the-reply/input.txt',
      '--symbol',
      'A/73/112',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).submissions[0].id).toBe('a-73-112-eu');
  });

  it.each([
    [
      'tests/fixtures/error--impossible-date/input.txt',
      'tests/fixtures/error--impossible-date/input.txt:7: impossible date "[2018 年 13 月 45 日]"',
    ],
    ['tests/fixtures/error--empty-file/input.txt', 'tests/fixtures/error--empty-file/input.txt: the file is empty'],
    [
      'tests/fixtures/error--not-utf8/input.txt',
      'tests/fixtures/error--not-utf8/input.txt:3: the file is not UTF-8 text',
    ],
    ['tests/fixtures/no-such-file.txt', 'tests/fixtures/no-such-file.txt: cannot read the file: ENOENT'],
  ])('reports %s as FILE:LINE, exits 1, shows no stack trace', (file, message) => {
    const { status, stdout, stderr } = parseCommand(file, '--symbol', 'A/73/112');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('names the symbol it needs when the file name does not give one', () => {
    const { status, stderr } = parseCommand('tests/fixtures/a-73-112--eu-section-is-the-reply/input.txt');
    expect(status).toBe(1);
    expect(stderr).toContain('pass --symbol A/73/112');
  });
});
