import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseFontFiles, fontsConfigWithout } from './chinese-fonts.ts';

describe('fontsConfigWithout', () => {
  it('rejects each file by its path, escaped for XML', () => {
    const config = fontsConfigWithout(['/fonts/a&b.ttc', '/fonts/c.ttc']);
    expect(config).toContain('<glob>/fonts/a&amp;b.ttc</glob><glob>/fonts/c.ttc</glob>');
    expect(config).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
  });

  it.runIf(chineseFontFiles().length > 0)(
    'hides every Chinese font from fontconfig, where this machine has one',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
      const path = join(dir, 'fonts.conf');
      writeFileSync(path, fontsConfigWithout(chineseFontFiles()));
      try {
        const listed = execFileSync('fc-list', [':lang=zh', 'file'], {
          encoding: 'utf8',
          env: { ...process.env, FONTCONFIG_FILE: path },
        });
        expect(listed.trim()).toBe('');
      } finally {
        rmSync(dir, { recursive: true });
      }
    },
  );
});
