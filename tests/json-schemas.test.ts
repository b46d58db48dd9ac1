// The published JSON Schemas against the data the build publishes, checked by a standard
// validator (Ajv): the real corpus and every reply file pass, a corpus with a field lost or
// mistyped does not, and every field a reader sees in a schema is described.
import { describe, expect, it } from 'vitest';
import { corpusJsonSchema, replyJsonSchema, type JsonSchema } from '../src/lib/corpus/json-schemas.ts';
import { replyFiles } from '../src/lib/corpus/reply-files.ts';
import { jsonSchemaValidator } from '../test-support/json-schema-validator.ts';
import { realCorpus } from '../test-support/real-corpus.ts';
import { unusedSchemaBranches } from '../test-support/schema-coverage.ts';
import type { Corpus, Submission } from '../src/lib/schema.ts';

const CORPUS_SCHEMA = corpusJsonSchema('https://example.org/data/corpus.schema.json');
const validateCorpus = jsonSchemaValidator(CORPUS_SCHEMA);
const REPLY_SCHEMA = replyJsonSchema('https://example.org/data/reply.schema.json');
const validateReply = jsonSchemaValidator(REPLY_SCHEMA);

/** corpus.json as the build writes it: JSON.stringify drops the fields an entry leaves undefined. */
function publishedCorpus(): Corpus {
  return JSON.parse(JSON.stringify(realCorpus())) as Corpus;
}

/** Cuba's 2018 reply in a copy of the published corpus, and where it is, to spoil one field. */
function cubaIn(corpus: Corpus): { reply: Submission; path: string } {
  const index = corpus.submissions.findIndex((each) => each.id === 'a-73-112-cuba');
  return { reply: corpus.submissions[index]!, path: `/submissions/${index}` };
}

type SchemaNode = JsonSchema | boolean;

/** Every property of every object in a JSON Schema, by its path: "#/$defs/Block/properties/text". */
function propertiesOf(schema: SchemaNode, path = '#'): { path: string; schema: SchemaNode }[] {
  if (typeof schema === 'boolean') return [];
  const found: { path: string; schema: SchemaNode }[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const at = `${path}/properties/${name}`;
    found.push({ path: at, schema: property }, ...propertiesOf(property, at));
  }
  for (const [name, definition] of Object.entries(schema.$defs ?? {}))
    found.push(...propertiesOf(definition, `${path}/$defs/${name}`));
  for (const items of [schema.items ?? []].flat()) found.push(...propertiesOf(items, `${path}/items`));
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const)
    (schema[keyword] ?? []).forEach((each, index) => found.push(...propertiesOf(each, `${path}/${keyword}/${index}`)));
  return found;
}

function isDescribed(schema: SchemaNode): boolean {
  return typeof schema !== 'boolean' && Boolean(schema.description?.trim());
}

describe('corpus.schema.json', () => {
  it('is a draft 2020-12 schema with an $id, a title and a description of the whole', () => {
    expect(CORPUS_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(CORPUS_SCHEMA.$id).toBe('https://example.org/data/corpus.schema.json');
    expect(CORPUS_SCHEMA.title).toMatch(/\S/);
    expect(CORPUS_SCHEMA.description).toMatch(/\S/);
  });

  it('accepts corpus.json as the build publishes it', () => {
    expect(validateCorpus(publishedCorpus())).toEqual([]);
  });

  it('rejects a corpus whose block has lost its text', () => {
    const corpus = publishedCorpus();
    const { reply, path } = cubaIn(corpus);
    Reflect.deleteProperty(reply.blocks[0]!, 'text');
    expect(validateCorpus(corpus)).toEqual([
      expect.objectContaining({ instancePath: `${path}/blocks/0`, params: { missingProperty: 'text' } }),
    ]);
  });

  it('rejects a date received written as a number', () => {
    const corpus = publishedCorpus();
    const { reply, path } = cubaIn(corpus);
    Object.assign(reply, { received: 20180405 });
    expect(validateCorpus(corpus)).toEqual([
      expect.objectContaining({ instancePath: `${path}/received`, keyword: 'type' }),
    ]);
  });

  it('rejects a flag it does not know', () => {
    const corpus = publishedCorpus();
    const { reply, path } = cubaIn(corpus);
    Object.assign(reply, { flags: ['unknown'] });
    expect(validateCorpus(corpus)).toEqual([
      expect.objectContaining({ instancePath: `${path}/flags/0`, keyword: 'enum' }),
    ]);
  });

  it('requires the fields that have a default in zod: corpus.json always has them', () => {
    const block = CORPUS_SCHEMA.$defs!['Block']!;
    expect(block.required).toEqual(expect.arrayContaining(['footnoteRefs', 'mentions']));
    expect(block.required).not.toContain('page');
    expect(JSON.stringify(CORPUS_SCHEMA)).not.toContain('"default"');
  });
});

describe('reply.schema.json', () => {
  const files = replyFiles(publishedCorpus());

  it('accepts every file of /data/replies/ as the build publishes it, one per reply', () => {
    expect(files.map((file) => file.submission.id)).toEqual(publishedCorpus().submissions.map((each) => each.id));
    for (const file of files) expect(validateReply(JSON.parse(JSON.stringify(file))), file.submission.id).toEqual([]);
  });

  it("rejects a file whose report carries the report's text", () => {
    const file = { ...files[0]!, report: { ...files[0]!.report, intro: [] } };
    expect(validateReply(file)).toEqual([
      expect.objectContaining({ instancePath: '/report', params: { additionalProperty: 'intro' } }),
    ]);
  });

  it('has an $id, a title and a description of the whole', () => {
    expect(REPLY_SCHEMA.$id).toBe('https://example.org/data/reply.schema.json');
    expect(REPLY_SCHEMA.title).toMatch(/\S/);
    expect(REPLY_SCHEMA.description).toMatch(/\S/);
  });
});

describe.each([
  ['corpus.schema.json', CORPUS_SCHEMA],
  ['reply.schema.json', REPLY_SCHEMA],
])('%s', (_name, schema) => {
  it('describes every property, and every shape it names', () => {
    const properties = propertiesOf(schema);
    const undescribed = properties.filter(({ schema }) => !isDescribed(schema)).map(({ path }) => path);
    expect(undescribed).toEqual([]);
    // The walk reached the nested shapes, not just the top level.
    expect(properties.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        '#/$defs/Block/properties/text',
        '#/$defs/Submission/properties/citations/properties/documents',
        '#/$defs/Respondent/properties/name/properties/zh',
      ]),
    );
    for (const [name, definition] of Object.entries(schema.$defs ?? {}))
      expect(isDescribed(definition), name).toBe(true);
  });
});

/**
 * Branches of the schemas that today's data never takes, each with the reason it stays. Any
 * other unused branch fails: the schema describes something the data does not hold.
 */
const UNUSED_WITH_REASON: Record<string, string> = {
  '#/$defs/Submission/properties/originalLanguage = "fr"':
    "A reply's original may be in any of the UN's six official languages, which the report prints as 原件：英文 and the like; no reply of today's two reports was sent in French.",
  '#/$defs/Submission/properties/originalLanguage = "zh"':
    'As above: a reply may have been sent in Chinese; none of the replies of these two reports was.',
  '#/$defs/Submission/properties/measuresCoded absent':
    "Every reply of today's two reports is coded for measures (content/data/measures.jsonl); a new report's replies have no date until they are (README: coding a new report).",
};

describe('the schemas and the data agree on every field', () => {
  const corpus = publishedCorpus();
  const files = replyFiles(corpus).map((file) => JSON.parse(JSON.stringify(file)) as unknown);

  it('corpus.json takes every branch of corpus.schema.json (each field present, each optional one also absent, each value of an enum or a boolean, each array filled somewhere), but those listed with a reason', () => {
    expect(unusedSchemaBranches(CORPUS_SCHEMA, [corpus]).filter((branch) => !UNUSED_WITH_REASON[branch])).toEqual([]);
  });

  it('the reply files take every branch of reply.schema.json, but those listed with a reason', () => {
    expect(unusedSchemaBranches(REPLY_SCHEMA, files).filter((branch) => !UNUSED_WITH_REASON[branch])).toEqual([]);
  });

  it('lists no reason for a branch the data takes', () => {
    const unused = new Set([
      ...unusedSchemaBranches(CORPUS_SCHEMA, [corpus]),
      ...unusedSchemaBranches(REPLY_SCHEMA, files),
    ]);
    expect(Object.keys(UNUSED_WITH_REASON).filter((branch) => !unused.has(branch))).toEqual([]);
  });

  it('finds a branch the data stops using: no block with a proven page', () => {
    const withoutPages = publishedCorpus();
    for (const submission of withoutPages.submissions) for (const block of submission.blocks) delete block.page;
    for (const report of withoutPages.reports) for (const block of report.intro) delete block.page;
    expect(unusedSchemaBranches(CORPUS_SCHEMA, [withoutPages])).toContain('#/$defs/Block/properties/page present');
  });

  it('describes the European Union as what the data marks it: an organization', () => {
    expect(corpus.respondents.find((respondent) => respondent.id === 'eu')?.kind).toBe('organization');
    const kind = CORPUS_SCHEMA.$defs!['Respondent']!.properties!['kind'] as JsonSchema;
    expect(kind.description).toMatch(/organization: an international organization, or the European Union/);
    expect(kind.description).not.toMatch(/state \(or the European Union\)/);
  });
});
