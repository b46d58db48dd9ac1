// What the reports say about themselves, for the pages that introduce them.
import type { Report } from '../schema.ts';

/** The General Assembly resolution that asked for the report: the first one its introduction cites (A/RES/72/42). */
export function requestingResolution(report: Pick<Report, 'intro'>): string | undefined {
  return report.intro
    .flatMap((block) => block.mentions)
    .find((mention) => mention.kind === 'resolution' && mention.ref.startsWith('A/RES/'))?.ref;
}

/** "A、B 和 C": a list as Chinese prose writes it. */
export function listZh(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join('、')}和${items.at(-1)}` : items.join('');
}
