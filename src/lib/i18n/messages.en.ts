// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { Messages } from './messages';
import { SITE_TITLE } from './citedNames';

const en: Messages = {
  siteTitle: SITE_TITLE.en,
  siteSubtitle: "Japanese cities' comprehensive plans on one taxonomy",
  skipToContent: 'Skip to content',
  navLabel: 'Site',
  navHome: 'Home',
  navCompare: 'Compare',
  navRegions: 'Partnerships',
  langLabel: 'Display language',
  langSwitch: '日本語',
  footerSources:
    'Sources: text extracted from the comprehensive plans each city published. Every item shown links to its source line.',
  footerToolsLabel: 'View and output',
  footerPresent: 'Presentation (P key)',
  footerPrint: 'Print (A4 landscape)',
  loading: 'Loading…',
  partFailed: (offline) =>
    offline
      ? 'This part could not load while offline. Reload once connected.'
      : 'The code of this part could not load. Please reload.',
  badLang: (v: string) => `The language “${v}” is not available; showing Japanese.`,
  dismiss: 'Dismiss',
  ownCity: 'Added by you',
  errorHeading: 'Could not load data',
  errorFile: 'File',
  errorProblem: 'Problem',
  errorHint: 'The rest of the dashboard keeps working.',
  paren: (s: string | number) => ` (${s})`,
  listSep: ', ',
};

export default en;
