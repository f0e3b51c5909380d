// UI strings of the SDG figure; they load with it, as the reader nears it.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  sdgNote: '各目標に対応づけた項目数。灰色は対応する項目がない目標です。',
  sdgLabel: '市ごとのSDGs 17目標の項目数',
};

export type SdgMessages = typeof ja;

export const SDG_MESSAGES = catalog(ja, '/src/routes/compare/sdgMessages.en.ts');
