// What a data file's schema found wrong, in the short messages of ./issueMessage. Loaded only when
// a file fails its schema: the file is parsed again with those messages, so no page carries them.
import * as z from 'zod/mini';
import { issueMessage } from './issueMessage';

export function schemaProblem(schema: z.ZodMiniType, value: unknown): string {
  const parsed = schema.safeParse(value, { error: issueMessage });
  return parsed.success ? 'does not match its schema' : z.prettifyError(parsed.error);
}
