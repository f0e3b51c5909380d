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

/** Verb stems of policy statements (推進し, 図り, 努め …), as continuative forms. */
const POLICY_VERB =
  '(?:推進|促進|実施|展開|強化|充実|整備|支援|創出|確保|構築|形成|育成|保全|向上|改善|拡充|拡大|活用|検討|発信|維持|継続|防止|抑制|解消|導入|再編|推奨|周知|啓発|提供|応援|誘致|誘導|醸成|振興|浸透|普及|定着|共有|連携|協働|両立|最適化|効率化|適正化|活性化|見える化|デジタル化|高度化|具体化|長寿命化|耐震化|減量|削減|回復|再生|復興|伸長|延伸|推進|実現)(?:させ|し)?|図り|努め|取り組み|取り組ん|進め|目指し|めざし|高め|広げ|深め|守り|支え|育み|育て|つくり|創り|作り|つなげ|生かし|活かし|働きかけ|見直し|増やし|減らし|なくし|備え|整え|培い|磨き|伸ばし|届け|行い|続け|担い|迎え|呼び込み|取り入れ|進め|図っ|努め';

/** A sentence that states a policy: it ends in a policy verb's polite non-past form. */
const POLICY_END = new RegExp(
  `(?:${POLICY_VERB})(?:て)?(?:い?きます|ます|まいります|てまいります)[。．!！]?$|(?:する|とする|を図る|に努める|を推進する|を進める|を目指す|に取り組む)こととします[。．]?$|(?:こととします|を目標とします)[。．]?$`,
  'u',
);
/** Statements of fact or need, whatever their verb: 〜しています, 〜されます, 〜が必要です. */
const DESCRIPTIVE_END =
  /(?:てい|でい|てお|られ|され|あり|なり|でき|おり|おいて|ませ)ます[。．]?$|(?:です|でした|ました|である|だ|った)[。．]?$/u;

/** A sentence that states a fact or a need (background, not a measure). */
export function isDescriptiveSentence(sentence: string): boolean {
  return DESCRIPTIVE_END.test(sentence.trim());
}

export function isPolicySentence(sentence: string): boolean {
  const s = sentence.trim();
  return POLICY_END.test(s) && !DESCRIPTIVE_END.test(s);
}

// A clause ends where a continuative verb form meets a comma: 〜を支援し、〜を推進します.
const CLAUSE_BREAK = new RegExp(
  `(?<=(?:${POLICY_VERB})(?:つつ|ながら)?|とともに|ほか|併せて|あわせて)[、，,]`,
  'gu',
);

const LEAD_IN =
  /^(?:また|さらに|併せて|あわせて|加えて|特に|そして|今後(?:は|も)?|引き続き|このため|そのため|これにより|これらにより|このように|一方|なお|同時に|本市では|本町では|本村では|市では|町では|村では|市は|町は|村は)[、，,]?\s*/u;
/** A purpose or condition in front of the object: 〜を守るため、 / 〜に応じて、 */
const PURPOSE =
  /^.*?(?:ため|ように|よう|ことから|中で|なか|上で|もとで|もと|観点から|目指して|めざして|向けて|応じて|通じて|通して|踏まえ|踏まえて|ことにより|ことで)[、，,]\s*/u;
// The object of the clause's last verb: 〜を (一体的に) 進め…; 〜に努め / 〜に取り組み.
const OBJECT_THEN_VERB = new RegExp(
  `を(?:[^を、。]{0,12}?)(?:${POLICY_VERB})[^を、。]{0,16}$`,
  'u',
);
const GOAL_THEN_VERB = new RegExp(
  `に(?:[^をに、。]{0,12}?)(?:${POLICY_VERB})[^を、。]{0,16}$`,
  'u',
);
/** Objects that refer back instead of naming a measure: これらの取組を推進します. */
const REFERRING =
  /^(?:これら|それら|この|その|本|各|以下|次|上記|前記|こうした|そうした)の?(?:取組み?|取り組み|施策|事業|計画|方針|活動|ような取組)$/u;

export const MAX_TITLE = 40;

/** The measure a clause names: its policy verb's object, without lead-ins and purposes. */
export function clauseTitle(clause: string): string | null {
  let c = clause.replace(/[。．!！]$/u, '').trim();
  c = c.replace(LEAD_IN, '');
  const purpose = PURPOSE.exec(c);
  if (purpose && purpose[0].length < c.length - 4) c = c.slice(purpose[0].length);
  const m = OBJECT_THEN_VERB.exec(c) ?? GOAL_THEN_VERB.exec(c);
  if (!m) return null;
  let title = c.slice(0, m.index).trim();
  title = title.replace(LEAD_IN, '').replace(/^[、，,\s]+|[、，,\s]+$/gu, '');
  // The object of a second verb inside the clause (〜を活用した〜の推進) stays whole; a very
  // long object keeps its last phrase.
  if ([...title].length > MAX_TITLE) {
    const cut = Math.max(title.lastIndexOf('、'), title.lastIndexOf('，'));
    if (cut >= 0 && [...title.slice(cut + 1)].length >= 6) title = title.slice(cut + 1);
  }
  if ([...title].length < 3 || REFERRING.test(title)) return null;
  if (!/[\p{Script=Han}\p{Script=Katakana}]/u.test(title)) return null;
  return title;
}

/** The measures a paragraph states, in order, each with the sentence it came from. */
export function proseMeasures(paragraph: string): { title: string; sentence: string }[] {
  const out: { title: string; sentence: string }[] = [];
  for (const sentence of splitSentences(paragraph)) {
    if (!isPolicySentence(sentence)) continue;
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      const title = clauseTitle(clause);
      if (!title) continue;
      // Objects listed with 「や、」 are measures of their own: 交流人口の拡大や、ブランド化を進め.
      const parts = title.split(/や[、，,]/u).map((t) => t.trim());
      if (parts.length > 1 && parts.every((t) => [...t].length >= 4))
        for (const part of parts) out.push({ title: part, sentence });
      else out.push({ title, sentence });
    }
  }
  return out;
}
