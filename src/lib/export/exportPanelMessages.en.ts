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
  // Kept in Japanese in both languages: the footer names Japanese sources whose titles are Japanese.
  footerSource: '出典：各市の総合計画を加工して作成',
  footerScope: 'Text: ',
  footerPartial:
    "Counts and shares are of the items in each city's available text, not its whole plan",
  citeJa: '日本語',
  citeEn: 'English',
  copy: 'Copy',
  copied: 'Copied',
};

export default en;
