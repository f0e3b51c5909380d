// English UI strings beside sdgMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { SdgMessages } from './sdgMessages';

const en: SdgMessages = {
  sdgNote: 'Items mapped to each goal. Grey: no item names that goal.',
  sdgLabel: 'Items per SDG, by city',
};

export default en;
