// The zod schemas → the JSON Schemas published beside the data files, for readers who do not
// use TypeScript. Every description comes from the zod schemas' .describe(), so both say the same.
import { z } from 'zod';
import { CorpusSchema, ReplyFileSchema } from '../schema.ts';

export type JsonSchema = z.core.JSONSchema.BaseSchema;

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** JSON Schema (draft 2020-12) of /data/corpus.json, published at `id`. */
export function corpusJsonSchema(id: string): JsonSchema {
  return publishedJsonSchema(CorpusSchema, id);
}

/** JSON Schema (draft 2020-12) of a file of /data/replies/, published at `id`. */
export function replyJsonSchema(id: string): JsonSchema {
  return publishedJsonSchema(ReplyFileSchema, id);
}

/**
 * The data files hold what the zod schemas' parse returns, so the JSON Schema describes its
 * output: a field with a default is always present, hence required, and its `default` (which
 * only says what parsing fills in) is left out; objects admit no other fields.
 */
function publishedJsonSchema(schema: z.ZodType, id: string): JsonSchema {
  const { $schema: _draft, ...rest }: JsonSchema = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    override: ({ jsonSchema }) => {
      delete jsonSchema.default;
    },
  });
  // $schema and $id first, where a reader looks for them.
  return { $schema: DRAFT_2020_12, $id: id, ...rest };
}
