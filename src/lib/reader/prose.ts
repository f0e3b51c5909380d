// Policies stated in prose. Plans often state their measures only as sentences
// (「自主防災組織の育成を支援し、地域防災力の強化を推進します。」): the measures a planner lists are
// the objects of those sentences' policy verbs, one per clause. Background sentences (what is,
// what was, what is needed) state no policy and stay description.

const OPEN = '「『（(【〔［';
const CLOSE = '」』）)】〕］';

/** Sentences of a paragraph, ending at 。！？ outside brackets. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。！？!?]/u.test(c)) {
      const s = paragraph.slice(start, i + 1).trim();
      if (s) out.push(s);
      start = i + 1;
    }
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Verb stems of policy statements: サ変 nouns (推進, 充実 …) followed by し/する/させ (for the
 * nouns that as often name a measure, 設置 / 補助 / 更新 …, the verb ending is required), and the
 * stems of the genre's other verbs (図り/図る, 努め, 取り組み/取り組む, 進め …). Single-kanji
 * stems carry their ending so that 図 does not match 図書館.
 */
const POLICY_VERB =
  '(?:推進|促進|実施|展開|強化|充実|整備|支援|創出|確保|構築|形成|育成|保全|向上|改善|拡充|拡大|活用|検討|発信|維持|継続|防止|抑制|解消|導入|再編|推奨|周知|啓発|提供|応援|誘致|誘導|醸成|振興|浸透|普及|定着|共有|連携|協働|両立|最適化|効率化|適正化|活性化|見える化|デジタル化|高度化|具体化|長寿命化|耐震化|減量|削減|回復|再生|復興|伸長|延伸|実現|徹底|強め|深化|発展|創造|継承|保護|整え|展開)(?:させ|し|する|して|され)?|(?:補助|助成|交付|支給|配布|配置|派遣|設置|開設|開催|運営|運行|更新|改修|軽減|縮減|無償化|一元化|多言語化|オンライン化|後押し)(?:させ|し|する|して|され)|図(?:り|る|っ|ら)|努め|取り組|取組|進め|目指|めざ|高め|広げ|深め|守(?:り|る|っ)|支え|育(?:み|む|て|ん)|つく(?:り|る|っ)|創(?:り|る|っ)|作(?:り|る)|つなげ|生か|活か|働きかけ|見直|増や|減ら|なく|備え|培|磨|伸ば|届け|行(?:い|う|っ)|続け|担(?:い|う)|迎え|呼び込|取り入れ|力を入れ|力を注|始め|設け|開(?:き|く|い)|促(?:し|す)';

/** A sentence that states a policy: it ends in a policy verb's polite non-past form. */
const POLICY_END = new RegExp(
  `(?:${POLICY_VERB})[\\p{Script=Hiragana}]{0,5}ます[。．!！]?$|(?:こととします|を目標とします)[。．]?$`,
  'u',
);
/** Statements of fact or need, whatever their verb: 〜しています, 〜されます, 〜が必要です. */
const DESCRIPTIVE_END =
  /(?:てい|でい|てお|られ|され|あり|なり|でき|おり|おいて|ませ)ます[。．]?$|(?:です|でした|ました|である|だ|った)[。．]?$/u;

/** A sentence that states a fact or a need (background, not a measure). */
// What a sentence states is in its last words: the tests read only those, so a sentence of any
// length costs the same.
const ending = (sentence: string) => sentence.trim().slice(-48);

export function isDescriptiveSentence(sentence: string): boolean {
  return DESCRIPTIVE_END.test(ending(sentence));
}

export function isPolicySentence(sentence: string, plain = false): boolean {
  const s = ending(sentence);
  if (POLICY_END.test(s) && !DESCRIPTIVE_END.test(s)) return true;
  return plain && PLAIN_POLICY_END.test(s) && !PLAIN_DESCRIPTIVE.test(s);
}

/**
 * The same in the plain style (である調) some plans are written in: 〜を推進する。 〜を図る。
 * 〜に努める。 Read in a paragraph only: a table cell or a list entry in the plain style describes
 * what it names (公共事業評価の実施 │ 〜の透明性を図る。).
 */
const PLAIN_POLICY_END = new RegExp(
  `(?:${POLICY_VERB})(?:して(?:いく|ゆく)|ていく|する|る|む|う|す|く|ぐ|ぶ)?[。．]$`,
  'u',
);
/** Plain-style statements of fact or need: 〜している。 〜された。 〜である。 〜が必要だ。 */
const PLAIN_DESCRIPTIVE =
  /(?:ている|でいる|ておる|られる|される|れる|なる|できる|ある|いる|った|た|だ|ない|たい)[。．]$/u;

// A clause ends where a continuative verb form meets a comma: 〜を支援し、〜を推進します.
const CLAUSE_BREAK = new RegExp(
  `(?<=(?:${POLICY_VERB})(?:し|り|み|き|い|え|け|せ|て|め|げ|べ|ち|ぎ|び|つつ|ながら)?|とともに|ほか|併せて|あわせて)[、，,]`,
  'gu',
);
/** A clause that only modifies the next one (〜を推進するため、): it joins the next. */
const MODIFIER_END =
  /(?:ため|よう|ように|ことで|ことにより|うえで|上で|際|中で|なか|つつ|ながら)$/u;
/** A means in front of the measure (〜を通じて, 〜と連携して): the measure is what follows. */
const MEANS =
  /^.*(?:を通じて|を通して|と連携して|と協働して|と協力して|を活用して|を生かして|を活かして|により|によって)[、，,]?\s*/u;

const LEAD_IN =
  /^(?:また|さらに|併せて|あわせて|加えて|特に|そして|そこで|今後(?:は|も)?|引き続き|このため|そのため|これにより|これらにより|このように|一方|なお|同時に|本市では|本町では|本村では|市では|町では|村では|市は|町は|村は|[^、。]{1,20}?(?:については|では|にあっては|に関しては|においては|に対しては))[、，,]?\s*/u;
/** A purpose or condition in front of the object: 〜を守るため、 / 〜に応じて、 */
const PURPOSE =
  /^.*?(?:ため|ように|よう|ことから|中で|なか|上で|もとで|もと|観点から|目指して|めざして|向けて|応じて|通じて|通して|踏まえ|踏まえて|見据え|見据えて|ことにより|ことで)[、，,]\s*/u;
// A particle, then the clause's predicate: adverbs (一層, 積極的に …), a policy verb, and a short
// ending (〜します, 〜していきます, 〜とともに).
const PREDICATE_AFTER = new RegExp(`^(?:[^を、。]{0,12}?)(?:${POLICY_VERB})[^を、。]{0,16}$`, 'u');
/** に that is no goal marker: an adverb's (積極的に, 着実に) or a compound particle's (により). */
const ADVERB_NI =
  /(?:的|(?<!充)実|滑|切|速|正|軟|急|極|常|特|共|新た|一層|さら|互い|確か|十分|早急)に$/u;
const COMPOUND_NI =
  /^に(?:より|よる|よって|向け|おいて|おける|対し|対する|ついて|関し|関する|応じ|基づ|伴|とって|わた|加え|合わせ|あわせ)/u;
/** Objects that refer back instead of naming a measure: これらの取組を推進します. */
const REFERRING =
  /^(?:これら|それら|この|その|本|各|以下|次|上記|前記|こうした|そうした)の?(?:取組み?|取り組み|施策|事業|計画|方針|活動|ような取組)$/u;

export const MAX_TITLE = 40;

// Where a modifier ends and the measure's own noun phrase begins: an attributive verb
// (〜を結ぶ周遊型観光), or a linking phrase (〜による企業誘致, 〜など6次産業化).
const MODIFIER_BOUNDARY = new RegExp(
  '(?:(?<=\\p{Script=Hiragana})(?:る|た)|(?<=[\\p{Script=Hiragana}\\p{Script=Han}])(?:う|く|ぐ|す|つ|ぶ|む)|による|における|に向けた|を通じた|としての|のための|を含む|を活用した|に基づく|と連携した|である|など)(?=[\\p{Script=Han}\\p{Script=Katakana}0-9０-９])',
  'gu',
);

/**
 * The measure's head noun phrase, without the relative clause in front of it:
 * 「高原と果樹園を結ぶ周遊型観光の推進」 → 「周遊型観光の推進」. Short titles are left whole, and
 * a head too short to stand alone is not taken.
 */
export function headPhrase(title: string): string {
  if ([...title].length <= 40) return title;
  let cut = -1;
  for (const m of title.matchAll(MODIFIER_BOUNDARY)) cut = m.index + m[0].length;
  if (cut <= 0) return title;
  const head = title.slice(cut);
  return [...head].length >= 5 && !/^の/u.test(head) ? head : title;
}

const ENUMERATED = /^(?:[（(][0-9０-９]{1,2}[）)]|[①-⑳])\s*/u;

/** A list element's end: a noun (〜の設置, 〜の長寿命化, 〜の健康づくり), no verb form. */
const NOUN_END = /(?:[\p{Script=Han}\p{Script=Katakana}ー]|づくり)$/u;

/**
 * Measures listed inline as one object (「防犯灯の設置、通学路の点検、見守り活動の支援に
 * 取り組みます」, 「組織の育成・訓練の実施・備蓄品の更新を進めます」): the elements, or null when
 * the object is one measure. Every element must be a noun phrase of its own with a の in it, so
 * that 「防犯・交通安全の推進」 or 「民生委員・児童委員の活動支援」 stay whole; 「・」 lists need three.
 */
export function inlineList(object: string): string[] | null {
  // Elements numbered in the sentence (（1）〜、（2）〜、（3）〜 / ①〜、②〜): a list whatever
  // their words; the numbers go.
  const numbered = object.split(/[、，,](?=[（(][0-9０-９]{1,2}[）)]|[①-⑳])/u);
  if (numbered.length >= 2 && numbered.every((p) => ENUMERATED.test(p.trim())))
    return numbered.map((p) => p.trim().replace(ENUMERATED, '').trim()).filter(Boolean);
  for (const [sep, min] of [
    [/[、，,]/u, 2],
    [/・/u, 3],
  ] as const) {
    const parts = object.split(sep).map((p) => p.trim());
    if (
      parts.length >= min &&
      parts.every((p) => [...p].length >= 4 && [...p].length <= MAX_TITLE && p.includes('の')) &&
      parts.every((p) => NOUN_END.test(p))
    )
      return parts;
  }
  return null;
}

/** The measure a clause names: its policy verb's object, without lead-ins and purposes. */
export function clauseTitle(clause: string): string | null {
  return clauseTitles(clause)[0] ?? null;
}

/** The measures a clause names: its object, or each element of an object listed inline. */
export function clauseTitles(clause: string): string[] {
  // A measure's name is short; its clause may run on (a page with no punctuation): keep its end.
  let c = clause
    .replace(/[。．!！]$/u, '')
    .trim()
    .slice(-600);
  c = c.replace(LEAD_IN, '');
  const purpose = PURPOSE.exec(c);
  if (purpose && purpose[0].length < c.length - 4) c = c.slice(purpose[0].length);
  // The object is what precedes the particle closest to the end whose remainder is the predicate:
  // 「体を動かせる生涯スポーツの推進に取り組みます」 is about 生涯スポーツの推進, not 体.
  let at = -1;
  for (let i = c.length - 2; i > 0 && c.length - i <= 32; i--) {
    const ch = c[i];
    if (ch !== 'を' && ch !== 'に') continue;
    if (ch === 'に' && (ADVERB_NI.test(c.slice(0, i + 1)) || COMPOUND_NI.test(c.slice(i))))
      continue;
    if (PREDICATE_AFTER.test(c.slice(i + 1))) {
      at = i;
      break;
    }
  }
  if (at < 0) return [];
  // 「〜を全地区に広げ」: the object is the を just before the goal's に.
  if (c[at] === 'に') {
    const object = c.lastIndexOf('を', at);
    if (object >= 0 && at - object <= 7 && !/[、，,]/u.test(c.slice(object, at))) at = object;
  }
  let title = c.slice(0, at).trim();
  title = title.replace(LEAD_IN, '').replace(/^[、，,\s]+|[、，,\s]+$/gu, '');
  // Objects joined by 「と、」 or 「や、」 (相談員の確保と、就労の場の拡大を進めます) are measures of
  // their own, split before a relative clause is cut so that each keeps its own modifiers.
  const joined = title.split(/(?:と|や|及び|および)[、，,]/u).map((t) => t.trim());
  if (joined.length > 1 && joined.every((t) => [...t].length >= 4 && NOUN_END.test(t)))
    return joined.flatMap((t) => clauseTitles(`${t}を進めます`));
  const listed = inlineList(title);
  if (listed) return listed.flatMap((t) => measureTitle(t) ?? []);
  const one = measureTitle(title);
  return one ? [one] : [];
}

/** An object as a measure's title: no means, no relative clause in front; null when none. */
function measureTitle(object: string): string | null {
  let title = object;
  // The object of a second verb inside the clause (〜を活用した〜の推進) stays whole; a very
  // long object keeps its last phrase.
  if ([...title].length > MAX_TITLE) {
    const cut = Math.max(title.lastIndexOf('、'), title.lastIndexOf('，'));
    if (cut >= 0 && [...title.slice(cut + 1)].length >= 6) title = title.slice(cut + 1);
  }
  const means = MEANS.exec(title);
  if (means && [...title.slice(means[0].length)].length >= 4) title = title.slice(means[0].length);
  // A phrase set off by a comma after a particle or a verb form (〜人には、 〜として、 〜ながら、
  // 〜など、) frames the measure that follows it; a comma after a noun lists, and stays.
  const framed = /^.*\p{Script=Hiragana}[、，,]\s*/u.exec(title);
  if (framed && [...title.slice(framed[0].length)].length >= 5)
    title = title.slice(framed[0].length);
  title = headPhrase(title);
  // A numeric target (受診率を60％に) is an indicator, not a measure.
  if (/[0-9０-９]+(?:\.[0-9]+)?[%％]|までに/u.test(title)) return null;
  const length = [...title].length;
  if (length < 3 || length > MAX_TITLE * 2 || REFERRING.test(title)) return null;
  if (!/[\p{Script=Han}\p{Script=Katakana}]/u.test(title)) return null;
  return title;
}

/** Nouns that name an action: a measure's phrase ends in one (〜の整備, 〜の定例開催). */
const ACTION_NOUN =
  /(?:推進|促進|実施|展開|強化|充実|整備|支援|確保|構築|育成|向上|改善|拡充|拡大|導入|再編|提供|誘致|普及|補助|助成|交付|支給|配布|配置|派遣|設置|開設|新設|創設|開催|再開|開始|運営|運行|更新|改修|軽減|策定|見直し|募集|[^\s]化)$/u;

/** Whether a measure's title names an action (〜の設置, 〜の拡大), not a thing (〜の費用の一部). */
export const namesAction = (title: string) => ACTION_NOUN.test(title);

/**
 * A sentence with no predicate that names an action (体言止め: 「オレンジカフェの定例開催。」),
 * standing among policy sentences: the phrase is a measure.
 */
function nounSentenceTitle(sentence: string): string | null {
  const s = sentence.replace(/[。．]$/u, '').trim();
  if (s === sentence.trim() || !ACTION_NOUN.test(s) || /[をがは]$|ます$|です$/u.test(s))
    return null;
  let c = s.replace(LEAD_IN, '');
  const purpose = PURPOSE.exec(c);
  if (purpose && purpose[0].length < c.length - 4) c = c.slice(purpose[0].length);
  // A verb inside would make it a clause of its own, not one noun phrase.
  if (/[をが][^、]*[、，,]/u.test(c)) return null;
  return measureTitle(c.replace(LEAD_IN, ''));
}

/** The measures a paragraph states, in order, each with the sentence it came from. */
export function proseMeasures(
  paragraph: string,
  plain = false,
): { title: string; sentence: string }[] {
  const out: { title: string; sentence: string }[] = [];
  const sentences = splitSentences(paragraph);
  const policy = (s: string) => isPolicySentence(s, plain);
  const policies = sentences.filter(policy).length;
  for (const sentence of sentences) {
    if (!policy(sentence)) {
      const noun = policies > 0 && sentences.length > 1 ? nounSentenceTitle(sentence) : null;
      if (noun) out.push({ title: noun, sentence });
      continue;
    }
    const clauses: string[] = [];
    let listed = false;
    for (const piece of sentence.split(CLAUSE_BREAK)) {
      const last = clauses.length - 1;
      // A piece that ends in a bare noun and holds no object (〜の充実、) is an element of a
      // list named inline, not a clause: it joins the next piece.
      if (last >= 0 && (MODIFIER_END.test(clauses[last]!) || listed)) clauses[last] += `、${piece}`;
      else clauses.push(piece);
      listed = NOUN_END.test(piece) && !piece.includes('を') && piece.includes('の');
    }
    for (const clause of clauses) {
      // 「AとあわせてBを支援します」: A, a noun phrase joined to the next clause, is a measure too.
      const joined = /^(.*?)と(?:ともに|あわせて|併せて|並行して)$/u.exec(clause);
      const noun =
        joined && !joined[1]!.includes('を') && measureTitle(joined[1]!.replace(LEAD_IN, ''));
      if (noun && NOUN_END.test(noun)) {
        out.push({ title: noun, sentence });
        continue;
      }
      // 「〜の運営により、若い世代の創業を後押しします」: the means is a measure too.
      const means = /^(.*?)(?:により|によって)[、，,]/u.exec(clause);
      const meansTitle =
        means && ACTION_NOUN.test(means[1]!) && measureTitle(means[1]!.replace(LEAD_IN, ''));
      if (meansTitle && !meansTitle.includes('、')) out.push({ title: meansTitle, sentence });
      for (const title of clauseTitles(clause)) {
        // Objects listed with 「や、」 are measures of their own: 交流人口の拡大や、ブランド化を進め.
        const parts = title.split(/や[、，,]/u).map((t) => t.trim());
        if (parts.length > 1 && parts.every((t) => [...t].length >= 4))
          for (const part of parts) out.push({ title: part, sentence });
        else out.push({ title, sentence });
      }
    }
  }
  return out;
}
