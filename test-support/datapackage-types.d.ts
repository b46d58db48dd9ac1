// datapackage (Frictionless's reference implementation in JavaScript) ships no TypeScript types.
// These cover only what the tests use.
declare module 'datapackage' {
  export class Profile {
    static load(profile: string): Promise<Profile>;
    readonly name: string;
    readonly jsonschema: { title: string } & Record<string, unknown>;
    validate(descriptor: object): { valid: boolean; errors: Error[] };
  }
  export class Resource {
    readonly name: string;
    readonly headers: string[];
    readonly tabular: boolean;
    readonly descriptor: { schema?: { fields: { name: string }[] } } & Record<string, unknown>;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, basePath?: string, strict?: boolean): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}
