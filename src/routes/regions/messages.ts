// UI strings of the regions page. Framework names and purposes come from regions.json in both
// languages; member names too. `en` is typed from `ja` so a missing key fails the type check.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  title: '広域連携の地図',
  intro:
    '各市が加わる広域連携の枠組み（連携中枢都市圏・定住自立圏・一部事務組合・広域連合・協議会・広域プロジェクト）を地図と一覧で示します。',
  cityLabel: '市を選ぶ',
  ignored: (list: string) => `URL の次の値は無効なため無視しました：${list}`,
  mapLabel: (city: string) => `${city}の広域連携の地図`,
  mapLoading: '地図を準備しています（先に簡易表示）',
  mapExplore: '拡大・移動できる地図にする',
  mapFailed: 'WebGL の地図を表示できないため、簡易表示（SVG）のままです。',
  listHeading: (n: number) => `枠組みの一覧（${n}件）`,
  listHint: '名前を選ぶと地図でその構成市町村を強調し、表示範囲を合わせます。',
  show: '地図に表示',
  select: '選択',
  selected: '選択中',
  clearSelection: '選択を解除',
  kind: '種類',
  members: (n: number) => `構成市町村（${n}）`,
  membersPrefecture: (pref: string, n: number, shown: number) =>
    `${pref}内の全市町村（${n}）。地図には資料に名前のある${shown}市町村を表示`,
  purpose: '目的',
  since: '開始',
  sinceUnknown: '開始年は未確認',
  sources: '出典',
  planLine: (file: string, line: number) => `${file} ${line}行目`,
  openSource: '原文を表示',
  planVsNow: '計画の記載と現在',
  planSays: (name: string, n: number) => `計画の記載：「${name}」${n}市町村`,
  nowIs: (n: number) => `現在：${n}市町村`,
  onlyInPlan: '計画のみに記載',
  onlyNow: '現在のみ',
  note: '注記',
  legendHeading: '凡例',
  legendApprox:
    '破線の面は構成市町村の役場位置を囲んだおおよその範囲です（境界線ではありません）。',
  legendReal: '実線の面は国土数値情報（行政区域）の境界から描いています。',
  legendHall: '市町村役場の位置',
  legendCity: '比較対象の市',
  legendHighlighted: '選択中の枠組みの構成市町村',
  prefectureWide: '県全域のため範囲は描かず、構成市町村のみ表示',
  muniHeading: '市町村',
  muniHint:
    '地図上の点にポインターを重ねるか、構成市町村の名前を選ぶと、その市町村が加わる枠組みを表示します。',
  muniBelongs: (name: string, n: number) => `${name}が加わる枠組み（${n}件）`,
  approxPosition: '位置はおおよそ',
  omittedHeading: '地図に載せていない枠組み',
  omittedHint: '調査で見つかったが、事実を確認できなかったなどの理由で載せていないもの。',
  role: '役割',
  positionSource: '位置の出典',
  landSource: '海岸線',
  download: 'ダウンロード',
  downloadPng: '地図（PNG）',
  downloadSvg: '地図（SVG）',
  downloadFailed: (why: string) => `書き出せませんでした（${why}）。`,
  figureTitle: (city: string, framework: string | null) =>
    framework ? `${city}の広域連携：${framework}` : `${city}の広域連携`,
  figureKey: '地図の番号と市町村',
  figureTwin: (label: string, sameAs: string) =>
    `${label}：構成市町村は「${sameAs}」と同じ（範囲の線をずらして表示）`,
  figureSources: (n: number) =>
    `出典：広域連携の事実は各枠組みの公開資料（${n}件）による（総合計画アトラス regions.json の sources）。主な出典：`,
  figureCoast: (credit: string) => `海岸線：${credit}`,
  figureView: (url: string, date: string) =>
    `総合計画アトラス「広域連携の地図」 ${url}（${date}閲覧）`,
  memberKeyHeading: (name: string) => `「${name}」の構成市町村（地図の番号）`,
};

export type Messages = {
  [K in keyof typeof ja]: (typeof ja)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

export const REGION_MESSAGES = catalog(ja, '/src/routes/regions/messages.en.ts');
