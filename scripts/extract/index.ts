// The extractor's public API (see scripts/README.md). The ingest command and the build use only
// what is exported here.
export {
  extractOutline,
  flattenOutline,
  type OutlineNode,
  type OutlineOptions,
} from '../../src/lib/reader/outline';
export {
  classifyLine,
  MARKER_TYPES,
  type MarkerType,
  type LineMarker,
} from '../../src/lib/reader/markers';
export { buildPlan, type SourceText } from './buildPlan';
export { Curation, type ItemRule, type FixedItem } from './curation';
export { toMatchKey } from '../../src/lib/reader/normalize';
export { findQuote } from './anchors';
