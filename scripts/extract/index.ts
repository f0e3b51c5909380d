// The extractor's public API (see scripts/README.md). The ingest command and the build use only
// what is exported here.
export { extractOutline, flattenOutline, type OutlineNode, type OutlineOptions } from './outline';
export { classifyLine, MARKER_TYPES, type MarkerType, type LineMarker } from './classifyLine';
export { buildPlan, type SourceText } from './buildPlan';
export { Curation, type ItemRule, type FixedItem } from './curation';
export { toMatchKey } from './normalize';
export { findQuote } from './anchors';
