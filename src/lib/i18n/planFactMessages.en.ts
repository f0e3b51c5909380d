// English UI strings beside planFactMessages.ts's Japanese ones; loaded only when the URL asks
// for English (see $lib/i18n/catalog).
import type { FactMessages } from './planFactMessages';

const en: FactMessages = {
  vision: 'Vision',
  layers: 'Plan layers',
  period: 'Plan period',
  population: 'Population',
  fiscalYears: (a: number, b: number) => `FY${a}–${b}`,
  persons: (n: string) => `${n} people`,
  popKind: { target: 'target', projection: 'projection', actual: 'actual' },
  source: 'Source',
  factKind: {
    title: 'Plan title',
    vision: 'Vision',
    layers: 'Plan layers',
    period: 'Plan period',
    population: 'Population',
    viewpoint: 'Viewpoint',
  },
};

export default en;
