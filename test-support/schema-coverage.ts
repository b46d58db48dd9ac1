// What of a JSON Schema the data really uses: each property present (and, if optional, also
// absent somewhere), each enum value and each boolean value seen, each array holding items
// somewhere. A schema branch no value takes is either a mistake in the schema (a field
// described as a state's that the data gives an organization) or needs a reason to stay.
type SchemaNode = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  $defs?: Record<string, SchemaNode>;
};

/** Where in the schema ("#/$defs/Block/properties/page") and what was never seen there. */
export type Unused = string;

export function unusedSchemaBranches(schema: object, instances: readonly unknown[]): Unused[] {
  const root = schema as SchemaNode;
  const seen = new Set<string>();
  const resolve = (node: SchemaNode, path: string): [SchemaNode, string] => {
    if (!node.$ref) return [node, path];
    const name = node.$ref.replace('#/$defs/', '');
    return resolve(root.$defs![name]!, `#/$defs/${name}`);
  };
  const visit = (nodeAtPath: SchemaNode, pathAt: string, value: unknown): void => {
    const [node, path] = resolve(nodeAtPath, pathAt);
    if (node.enum) seen.add(`${path} = ${JSON.stringify(value)}`);
    if (typeof value === 'boolean') seen.add(`${path} = ${value}`);
    if (Array.isArray(value)) {
      if (value.length > 0) seen.add(`${path} has items`);
      for (const item of value) if (node.items) visit(node.items, `${path}/items`, item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const at = `${path}/properties/${name}`;
      if (!(name in value)) {
        seen.add(`${at} absent`);
        continue;
      }
      seen.add(`${at} present`);
      visit(property, at, (value as Record<string, unknown>)[name]);
    }
  };
  for (const instance of instances) visit(root, '#', instance);
  return expectedBranches(root).filter((branch) => !seen.has(branch));
}

/** Every branch the schema offers, to be met by some value. */
function expectedBranches(root: SchemaNode): string[] {
  const branches: string[] = [];
  const walk = (node: SchemaNode, path: string): void => {
    if (node.$ref) return; // Walked where it is defined.
    for (const value of node.enum ?? []) branches.push(`${path} = ${JSON.stringify(value)}`);
    if (node.type === 'boolean') branches.push(`${path} = true`, `${path} = false`);
    if (node.type === 'array') {
      branches.push(`${path} has items`);
      if (node.items) walk(node.items, `${path}/items`);
    }
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const at = `${path}/properties/${name}`;
      branches.push(`${at} present`);
      if (!node.required?.includes(name)) branches.push(`${at} absent`);
      walk(property, at);
    }
  };
  walk(root, '#');
  for (const [name, definition] of Object.entries(root.$defs ?? {})) walk(definition, `#/$defs/${name}`);
  return branches;
}
