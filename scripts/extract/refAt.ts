// Plan facts and fixed items are placed by quote: this turns a curation anchor into a SourceRef.
import type { SourceRef } from '../../src/lib/data/schemas';
import type { Anchor, Curation } from './curation';
import type { SourceDoc } from './selectItems';
import { findQuote } from './anchors';

/** Locates an anchor in its file (the curation's first source by default). */
export function refAt(docs: Map<string, SourceDoc>, curation: Curation, a: Anchor): SourceRef {
  const file = a.file ?? curation.sources[0]!.file;
  const doc = docs.get(file);
  if (!doc) throw new Error(`${curation.id}: unknown file ${file}`);
  const after = a.after ? findQuote(doc.lines, a.after) : null;
  if (a.after && !after) throw new Error(`${curation.id}: "after" quote not found: ${a.after}`);
  const span = findQuote(doc.lines, a.quote, after ? after.endLine : 1);
  if (!span) throw new Error(`${curation.id}: quote not found in ${file}: ${a.quote}`);
  return {
    file,
    line: span.line,
    ...(span.endLine !== span.line ? { endLine: span.endLine } : {}),
    quote: a.quote,
  };
}
