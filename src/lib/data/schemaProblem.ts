// What a data file's schema found wrong, in the short messages of ./issueMessage. Loaded only when
// a file fails its schema: the file is parsed again with those messages, so no page carries them.
import * as z from 'zod/mini';
import { issueMessage } from './issueMessage';

/** A panel lists this many problems, then counts the rest. */
const SHOWN = 20;

export function schemaProblem(schema: z.ZodMiniType, value: unknown): string {
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(value, { error: issueMessage });
  } catch (error) {
    // zod gathers every problem before it reports any; too many of them overflow its stack.
    return `too large or too broken to check (${(error as Error).message})`;
  }
  if (parsed.success) return 'does not match its schema';
  const { issues } = parsed.error;
  const shown = z.prettifyError({ issues: issues.slice(0, SHOWN) } as z.core.$ZodError);
  return issues.length > SHOWN ? `${shown}\n… and ${issues.length - SHOWN} more` : shown;
}
