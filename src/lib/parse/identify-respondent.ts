import type { RespondentEntry } from '../schema.ts';

/** Compare names without white space and with full-width brackets made half-width. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** Where a section is itself the reply ("从欧洲联盟收到的答复"), the respondent is named inside it. */
const SECTION_AS_REPLY = /^从(.+?)收到的(?:答复|信息)$/;

export function identifyRespondent(heading: string, registry: readonly RespondentEntry[]): RespondentEntry | undefined {
  const wanted = normalizeName(SECTION_AS_REPLY.exec(heading)?.[1] ?? heading);
  return registry.find((entry) => entry.aliases.some((alias) => normalizeName(alias) === wanted));
}
