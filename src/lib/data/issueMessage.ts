// Short English messages for schema problems, in place of zod's full locale (which the app would
// otherwise ship on every page). The data-error panel and the build scripts both show these.
import type { core } from 'zod/mini';

const typeOf = (input: unknown): string =>
  input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(' | ');

export function issueMessage(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return `expected ${list(issue.values)}`;
    case 'too_small':
      return `too small: expected ${issue.origin} ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `too many entries: ${(issue.input as unknown[]).length}, at most ${issue.maximum}`
        : `too big: expected ${issue.origin} ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.pattern ? `does not match ${issue.pattern}` : `not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unrecognized keys: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return `invalid ${issue.code.replace('invalid_', '')}`;
  }
}
