// UI strings and prose of the method page. Every figure on the page comes from taxonomy.json,
// index.json, concepts.json or evaluation.json; the prose only says how they were made.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  title: '方法',
  intro:
    '各市の計画の項目を同じ7分類で比べるために、どのように分類し、似た項目をまとめ、その精度を測ったかを説明します。',
  missing: '次のファイルを読み込めないため、その数（市ごとの項目数・概念の数）は省いています。',
  taxonomyHeading: '分類（タクソノミー）',
  taxonomyNote:
    '項目は、その項目自体が何についてかで分類します（置かれた章ではありません）。1項目に複数の分類が付くことがあります。',
  category: '分類',
  definition: '定義',
  counts: '含むもの（例）',
  doesNotCount: '含まないもの（例）',
  itemsPerCity: '市ごとの項目数',
  labelsHeading: '分類の付け方',
  labels: [
    '語彙（レキシコン）：分類ごとに、その分類を示す語と重みを定めています。',
    '根拠：項目のタイトルとその説明に現れる語の重みを合計します。説明は係数を掛けて数え、項目自体が何も語らないときだけ親見出しの語を減衰して数えます。下位項目をまとめるだけの見出しは子項目の語で読みます。',
    'しきい値：合計点が最低点以上で、かつ最高点の一定割合以上の分類を付けます（上限あり）。値は評価用データで選んだもので、下の表のとおりです。',
    '証拠の記録：各項目には一致した語・重み・点数を保存し、画面でその理由を示します。',
    '手作業の修正（キュレーション）：規則で誤る項目だけ、理由を書いたうえで分類を上書きします。',
  ],
  paramsHeading: '使用しているパラメータ',
  param: 'パラメータ',
  value: '値',
  curated: (n: number, total: number, agree: number) =>
    `評価用データ ${total}項目のうち手作業で修正した項目は${n}件、規則だけで同じ分類になった項目は${agree}件です。`,
  conceptsHeading: '概念（共通する取り組み）のまとめ方',
  concepts: [
    '文単位で読む：項目のタイトルだけでなく、本文の文と節（「…とともに、」で区切る）も読みます。概念の各項目には、その項目を概念に入れた語句（タイトルか本文の文）を、元の文書の行とともに示します。',
    '広い概念：同義語辞書の語のグループ（例：シティセールス・シティプロモーション・魅力の発信）。同じグループの語をタイトルか本文の文で述べる項目をまとめます。',
    '近い一致：広い概念の語を含む複合語（防災 → 自主防災組織）や、タイトルの中心となる複合語・名前が同じ項目。広い概念の下に置き、広い一致と区別します。一般的な語一つ（「健全」「行政」）だけの概念は作りません。',
    '候補の組は、内容語・複合語・概念から項目への索引（転置索引）から作り、すべての組を比べることはしません。2市以上の項目を含む概念を「共通」とします。',
    '独自の取り組み：タイトルの語の多くが、他のどの計画のタイトルにも本文にも現れない項目を、珍しさ（名前、他にない語の割合）の順に並べます。件数の上限はなく、共通の概念に入る項目は含めません。',
  ],
  conceptCounts: (shared: number, unique: number) =>
    `現在のデータ：共通する概念 ${shared}件、独自の取り組み ${unique}件。`,
  evalHeading: '評価',
  evalSet: (items: number, pairs: number) =>
    `分類の定義だけを見て手作業で分類した評価用データ（${items}項目）と、異なる市の項目の組（${pairs}組、同じ概念かどうか）で測りました。`,
  byCity: '市ごとの評価項目数',
  categoryScores: '分類ごとの精度（最終の分類）',
  rulesOnly: '規則のみ',
  final: '最終（修正後）',
  precision: '適合率',
  recall: '再現率',
  f1: 'F1',
  support: '正解数',
  summary: '全体',
  macroF1: 'マクロF1',
  microF1: 'マイクロF1',
  exactRate: '完全一致率',
  heldOut: (folds: number, f1: string) =>
    `ホールドアウト推定：しきい値を半分のデータで選び残り半分で測ったマクロF1は ${f1}（${folds}分割の平均）。`,
  sdgs: (f1: string, p: string, r: string, n: number) =>
    `SDGsの目標番号（${n}項目）：F1 ${f1}（適合率 ${p}、再現率 ${r}）。`,
  pairs: (p: string, r: string, f1: string, n: number) =>
    `概念の一致（${n}組）：適合率 ${p}、再現率 ${r}、F1 ${f1}。`,
  confusion: '混同行列（最終の分類）',
  mustVsPredicted: '正解↓ 予測→',
  noLabel: 'なし',
  targets: '目標',
  target: (name: string, value: string, met: boolean | null) =>
    `${name} ${value}以上：${met === null ? '未測定' : met ? '達成' : '未達成'}`,
  pairTarget: '概念の一致の再現率と適合率',
  ho: {
    heading: '学習に使ったデータと未知のデータでの精度',
    intro:
      '辞書は4市の計画を見て作り、しきい値もその4市の項目で選んだので、4市での数値は学習時の成績です。未知の計画での精度の目安として、各市をその市の文書にしかない語を除いた辞書で分類し直した値（1市除外）と、辞書の作成に使っていない架空の計画（開発用データ。読み取りの開発中に見ているので、厳密な未知のデータではありません）での値を並べます。',
    caption: '分類の精度：学習時と未知のデータ',
    set: '対象',
    kind: '種類',
    items: '項目数',
    labelsStrict: '分類の一致率（厳密）',
    sdgsStrict: 'SDGsの一致率（厳密）',
    training: '学習時',
    heldOut: '未知のデータ',
    dev: '開発用データ',
    seedsTraining: '4市（すべての語）',
    seedsLoo: '4市（1市除外）',
    cityLoo: (name: string, n: number) => `${name}（その市だけの語 ${n}語を除外）`,
    devLabeller: (n: number) => `開発用の架空の計画 ${n}件（正解の項目構造を分類）`,
    devReader: (n: number) => `開発用の架空の計画 ${n}件（読み取りから通して）`,
    unseenFirst: (file: string, n: number, when: string) =>
      `手書きの未見タイトル ${file}（${n}件）の初回（${when}に測定。この一覧に合わせて分類を変える前）`,
    unseenNow: (file: string, n: number) =>
      `手書きの未見タイトル ${file}（${n}件）の現在値（分類の調整に使ったので学習時）`,
    terms: (total: number, field: number, several: number) =>
      `辞書の語 ${total}語のうち、分類体系・目的別歳出・SDGsのターゲットから書いた分野の語（除外しない）${field}語、2市以上の文書にある語 ${several}語。厳密な一致：必須の分類をすべて含み、許容範囲外の分類を含まない項目の割合。しきい値は4市で選んだままなので、1市除外の値もなお楽観的です。`,
  },
};

export type MethodMessages = typeof ja;

export const METHOD_MESSAGES = catalog(ja, '/src/routes/method/messages.en.ts');
