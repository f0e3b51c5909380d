// An English sentence that names Japanese terms (a concept's matched terms, a place) is cut into
// runs, the Japanese ones flagged, so each can carry lang="ja": screen readers then read it as
// Japanese, and a page's English is checkable apart from the data it quotes.
export interface TextRun {
  text: string;
  ja: boolean;
}

const JAPANESE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・「」『』、。（）〜][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・「」『』、。（）〜0-9０-９]*/gu;

export function japaneseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(JAPANESE)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), ja: false });
    runs.push({ text: m[0], ja: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), ja: false });
  return runs;
}
