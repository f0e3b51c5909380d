// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { AddMessages } from './messages';

const plural = new Intl.PluralRules('en');
const items = (n: number) =>
  `${n.toLocaleString('en')} ${plural.select(n) === 'one' ? 'item' : 'items'}`;

const en: AddMessages = {
  title: 'Add your own plan',
  intro:
    'Reads your comprehensive plan (a PDF, a web page saved as HTML, or text) and puts it beside the four published cities. Reading happens inside this browser: neither the file nor the result is sent anywhere. The plan is stored in this browser only; Export hands it to a colleague.',
  privacy: 'Your file never leaves this device (the only requests go to this site itself).',
  fileLabel: 'Plan file (PDF, HTML or text; Shift_JIS, EUC-JP and UTF-16 too)',
  dropHint: 'You can also drag and drop a file here',
  chosen: (name: string, kb: number) => `Chosen: ${name} (${kb.toLocaleString('en')} KB)`,
  nameLabel: 'Municipality (Japanese name)',
  namePlaceholder: 'e.g. “札幌市”',
  prefectureLabel: 'Prefecture',
  prefectureNone: '(choose)',
  read: 'Read',
  cancel: 'Cancel',
  reading: 'Reading…',
  stage: {
    decode: 'Opening the file…',
    pages: (read: number, all: number) => `Reading pages: ${read} of ${all}`,
    structure: 'Finding headings and items…',
    labels: (n: number) => `Labelling ${items(n)}…`,
    done: 'Read',
  },
  cancelled: 'Reading cancelled. Nothing was stored.',
  errorTitle: 'Could not read the plan',
  nothingStored: 'Nothing was stored.',
  errors: {
    noFile: 'Choose a file.',
    empty: 'The file is empty (0 bytes).',
    oversized: (mb: number) =>
      `The file is too large (limit ${mb} MB). Use a file with the plan's text only.`,
    noName: 'Enter the municipality.',
    published: (name: string) =>
      `${name} is already shown as a published plan. Choose another name, or open its published page.`,
    failed: (why: string) => `Something went wrong while reading (${why}).`,
  },
  reviewTitle: (name: string) => `${name}: check what was read`,
  reviewIntro:
    'Before adding, check that the items match the plan. Line numbers refer to the text that will be stored.',
  summary: (format: string, pages: number, chars: number) =>
    `${format}, ${pages > 1 ? `${pages} pages, ` : ''}${chars.toLocaleString('en')} characters of text`,
  counts: 'Items by kind',
  levels: 'Items by level',
  level: (n: number) => `Level ${n}`,
  line: (line: number, page?: number) => `line ${line}${page ? ` (page ${page})` : ''}`,
  furniture: 'Lines dropped as page frame (examples)',
  add: 'Add',
  discard: 'Discard',
  added: (name: string) => `${name} was added.`,
  openPlan: 'Open its plan page',
  openCompare: 'Open it in the comparison',
  storedTitle: 'Plans stored in this browser',
  storedNone: 'None yet.',
  storedItem: (n: number, date: string) => `${items(n)}, added ${date}`,
  remove: 'Remove',
  exportZip: 'Export (zip)',
  importLabel: 'Import an exported zip',
  imported: (names: string) => `Imported ${names}.`,
  importFailed: (why: string) => `Could not import: ${why}`,
  brokenTitle: 'Stored data that no longer reads',
  broken: (id: string, problem: string) => `${id} (${problem})`,
  own: 'Added by you',
};

export default en;
