// `storyline schema`: the JSON Schema of the output record, generated from the zod definitions.
import { recordJsonSchema } from '../../../core/record.js';

export function runSchema(): number {
  process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
  return 0;
}
