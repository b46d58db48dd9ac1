// citation-js ships no TypeScript types. These cover only what src/lib/cite uses.

declare module '@citation-js/core' {
  /** A named store of styles or locales (XML strings). */
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(name: '@bibtex'): { format: { asciiOnly: boolean; checkLabel: boolean; useIdAsLabel: boolean } };
    };
    output: {
      /** Runs one output plugin ("bibliography", "citation", "bibtex", "ris", "data") on CSL-JSON items. */
      format(name: string, data: readonly object[], options?: Record<string, unknown>): unknown;
    };
  };

  /** Parses any supported input (CSL-JSON, BibTeX, RIS) into CSL-JSON items. */
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
