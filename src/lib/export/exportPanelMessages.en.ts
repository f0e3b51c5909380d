// English UI strings beside exportPanelMessages.ts's Japanese ones; loaded only when the URL asks
// for English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { ExportPanelMessages } from './exportPanelMessages';

const en: ExportPanelMessages = {
  itemsHeading: 'Coded items (with source lines)',
  viewCsv: 'Items in this view (CSV)',
  viewJson: 'Items in this view (JSON)',
  allCsv: 'Every item of every city (CSV)',
  allJson: 'Every item of every city (JSON)',
  chartsHeading: 'Charts',
  chartSvg: (title: string) => `${title} (SVG)`,
  chartPng: (title: string) => `${title} (PNG)`,
  working: 'Preparing…',
  done: (n: number) => `Exported ${plural(n, 'item', 'items')}.`,
  chartDone: 'File exported.',
  failed: (why: string) => `Export failed (${why}).`,
  noItems: 'This view has no items.',
  citeJa: '日本語',
  citeEn: 'English',
  copy: 'Copy',
  copied: 'Copied',
};

export default en;
