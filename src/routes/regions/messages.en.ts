// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { Messages } from './messages';

const en: Messages = {
  download: 'Download',
  downloadPng: 'Map (PNG)',
  downloadSvg: 'Map (SVG)',
  downloadFailed: (why) => `Could not export (${why}).`,
  figureTitle: (city, framework) =>
    framework ? `Partnerships of ${city}: ${framework}` : `Partnerships of ${city}`,
  figureKey: 'Numbers on the map',
  figureTwin: (label, sameAs) => `${label}: the same members as ${sameAs} (outline drawn offset)`,
  figureSources: (n) =>
    `Sources: partnership facts from each framework's public documents (${plural(n, 'source', 'sources')}; Plan Atlas regions.json, sources). Main sources:`,
  figureCoast: (credit) => `Coastline: ${credit}`,
  figureView: (url, date) => `Plan Atlas, “Partnership map”, ${url} (accessed ${date})`,
  memberKeyHeading: (name) => `Members of ${name} (numbers on the map)`,
  title: 'Partnership map',
  intro:
    'The inter-municipal frameworks each city belongs to (metropolitan areas, settlement areas, partial-affairs associations, wide-area unions, councils and regional projects), on a map and in a list.',
  cityLabel: 'Choose a city',
  ignored: (list) => `These URL values are not valid and were ignored: ${list}`,
  mapLabel: (city) => `Map of the partnerships of ${city}`,
  mapLoading: 'Preparing the map (simple view first)',
  mapExplore: 'Zoom and pan this map',
  mapFailed: 'The WebGL map cannot be shown here; this is the simple (SVG) view.',
  listHeading: (n) => `Frameworks (${n})`,
  listHint: 'Choose a name to highlight its members on the map and zoom to them.',
  show: 'Show on map',
  select: 'Select',
  selected: 'Selected',
  clearSelection: 'Clear selection',
  kind: 'Kind',
  members: (n) => `Members (${n})`,
  membersPrefecture: (pref, n, shown) =>
    `Every municipality of ${pref} (${n}); the map shows the ${shown} named in the sources`,
  purpose: 'Purpose',
  since: 'Since',
  sinceUnknown: 'Start year not confirmed',
  sources: 'Sources',
  planLine: (file, line) => `${file} line ${line}`,
  openSource: 'Show the source text',
  planVsNow: 'The plan and the present',
  planSays: (name, n) => `The plan: “${name}”, ${plural(n, 'municipality', 'municipalities')}`,
  nowIs: (n) => `Now: ${plural(n, 'municipality', 'municipalities')}`,
  onlyInPlan: 'Only in the plan',
  onlyNow: 'Only now',
  note: 'Note',
  legendHeading: 'Legend',
  legendApprox:
    "Dashed areas are approximate: drawn around the members' city halls, not along boundaries.",
  legendReal: 'Solid areas follow the boundaries of 国土数値情報 (administrative areas).',
  legendHall: 'City or town hall',
  legendCity: 'Compared city',
  legendHighlighted: 'Member of the selected framework',
  prefectureWide: 'the whole prefecture: members shown, no area drawn',
  muniHeading: 'Municipality',
  muniHint:
    'Point at a dot on the map, or choose a member name, to see the frameworks that municipality belongs to.',
  muniBelongs: (name, n) => `Frameworks ${name} belongs to (${n})`,
  approxPosition: 'approximate position',
  omittedHeading: 'Frameworks not on the map',
  omittedHint:
    'Found by the research but left out, for example because a fact could not be confirmed.',
  role: 'Role',
  positionSource: 'Positions',
  landSource: 'Coastline',
};

export default en;
