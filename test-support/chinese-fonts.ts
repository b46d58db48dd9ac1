// Whether chromium has a Chinese font here, and a fontconfig set-up that hides it. Debian's
// chromium package brings none; without one, chromium lays out every Chinese character as a
// missing glyph, which is slow and is not what a reader of a Chinese site sees.
import { execFileSync } from 'node:child_process';
import { escapeXml } from '../src/lib/escape-xml.ts';

/** Font files fontconfig offers for Chinese (`fc-list :lang=zh`); none where fontconfig is missing. */
export function chineseFontFiles(): string[] {
  try {
    const listed = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' });
    return [
      ...new Set(
        listed
          .split('\n')
          .map((line) => line.replace(/:\s*$/, '').trim())
          .filter(Boolean),
      ),
    ].sort();
  } catch {
    return [];
  }
}

/** A fonts.conf (for FONTCONFIG_FILE) that is the system's, less the given font files. */
export function fontsConfigWithout(files: readonly string[]): string {
  const rejected = files.map((file) => `<glob>${escapeXml(file)}</glob>`).join('');
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><selectfont><rejectfont>${rejected}</rejectfont></selectfont></fontconfig>\n`;
}
