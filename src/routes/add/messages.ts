// UI strings of the add page. Plan content stays as the planner's file writes it.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  title: '自分の計画を追加',
  intro:
    'お手元の総合計画（PDF、ウェブページのHTML、テキスト）を読み取り、公開されている4市と並べて比較できるようにします。読み取りはこのブラウザーの中だけで行い、ファイルも結果もどこにも送信しません。追加した計画はこのブラウザーにだけ保存され、「書き出す」で同僚に渡せます。',
  privacy: 'ファイルはこの端末の外に送信されません（通信はこのサイト自身への読み込みだけです）。',
  fileLabel: '計画のファイル（PDF・HTML・テキスト。Shift_JIS・EUC-JP・UTF-16 も可）',
  dropHint: 'ここにファイルをドラッグ＆ドロップすることもできます',
  chosen: (name: string, kb: number) => `選択中: ${name}（${kb.toLocaleString('ja-JP')} KB）`,
  nameLabel: '市区町村名',
  namePlaceholder: '例：札幌市',
  prefectureLabel: '都道府県',
  prefectureNone: '（選択してください）',
  read: '読み取る',
  cancel: '中止',
  reading: '読み取り中…',
  stage: {
    decode: 'ファイルを開いています…',
    pages: (read: number, all: number) => `ページを読み取り中：${read} / ${all}`,
    structure: '見出しと項目を組み立てています…',
    labels: (items: number) => `${items}件の項目を分類しています…`,
    done: '読み取りました',
  },
  cancelled: '読み取りを中止しました。何も保存していません。',
  errorTitle: '読み取れませんでした',
  nothingStored: '何も保存していません。',
  errors: {
    noFile: 'ファイルを選んでください。',
    empty: 'ファイルが空です（0バイト）。',
    oversized: (mb: number) =>
      `ファイルが大きすぎます（上限 ${mb} MB）。計画の本文だけのファイルにしてください。`,
    noName: '市区町村名を入力してください。',
    published: (name: string) =>
      `「${name}」は公開済みの計画としてすでに表示されています。別の名前にするか、公開済みのページをご覧ください。`,
    failed: (why: string) => `読み取り中に問題が起きました（${why}）。`,
  },
  reviewTitle: (name: string) => `${name}：読み取った内容の確認`,
  reviewIntro:
    '追加する前に、読み取った項目が計画のとおりか確かめてください。各項目の行番号は、保存される本文の行です。',
  summary: (format: string, pages: number, chars: number) =>
    `${format}、${pages > 1 ? `${pages}ページ、` : ''}本文 ${chars.toLocaleString('ja-JP')} 文字`,
  counts: '種類別の項目数',
  levels: '階層別の項目数',
  level: (n: number) => `第${n}階層`,
  line: (line: number, page?: number) => `${line}行目${page ? `（${page}ページ）` : ''}`,
  furniture: 'ページの枠として除いた行（例）',
  add: '追加',
  discard: '取り消す',
  added: (name: string) => `${name}を追加しました。`,
  openPlan: '計画のページを開く',
  openCompare: '比較に加えて開く',
  storedTitle: 'このブラウザーに保存した計画',
  storedNone: 'まだありません。',
  storedItem: (items: number, date: string) => `${items}件の項目・${date}に追加`,
  remove: '削除',
  exportZip: '書き出す（zip）',
  importLabel: '書き出したzipを読み込む',
  imported: (names: string) => `${names}を読み込みました。`,
  importFailed: (why: string) => `読み込めませんでした：${why}`,
  brokenTitle: '読めなくなった保存データ',
  broken: (id: string, problem: string) => `${id}（${problem}）`,
  own: 'あなたが追加',
};

export type AddMessages = typeof ja;

export const ADD_MESSAGES = catalog(ja, '/src/routes/add/messages.en.ts');
