// Words the reports' translators (or researchers) write differently for one thing: 核安全 in
// 2011, 核保安 in 2018, 核安保 in most Chinese papers. A query for one form is never silently
// widened to the others: the page names them beside the results ("另见：核保安（3 份答复）"),
// and offers them when the query finds nothing. The groups are curated in
// content/data/variants.tsv; the search page carries their forms, normalized.

/** The forms of each group, normalized, most common first. */
export type VariantGroups = readonly (readonly string[])[];

/** The group a normalized term is a form of, and the other forms; undefined if none. */
export function variantsOf(groups: VariantGroups, normalized: string): { group: number; others: string[] } | undefined {
  const group = groups.findIndex((forms) => forms.includes(normalized));
  return group === -1 ? undefined : { group, others: groups[group]!.filter((form) => form !== normalized) };
}

/** The groups with a form inside a normalized term (核安保措施 has 核安保), and where: for offers when a query finds nothing. */
export function variantsInside(
  groups: VariantGroups,
  normalized: string,
): { group: number; form: string; others: string[] }[] {
  return groups.flatMap((forms, group) => {
    const form = [...forms].sort((a, b) => b.length - a.length).find((each) => normalized.includes(each));
    return form ? [{ group, form, others: forms.filter((each) => each !== form) }] : [];
  });
}
