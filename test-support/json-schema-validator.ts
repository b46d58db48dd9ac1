// A standard JSON Schema validator (Ajv, draft 2020-12, with the formats date and uri), so that
// the tests check the published data against the published schemas as a reader's tool would.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type { ErrorObject };

/** Compiles `schema` once; the function it returns lists what is wrong with a value (none: valid). */
export function jsonSchemaValidator(schema: object): (data: unknown) => ErrorObject[] {
  // A fresh Ajv for each schema: an instance takes each $id once.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}
