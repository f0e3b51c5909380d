// Two views of a source line: the raw text (kept for quotes and display) and a matching key.
// The matching key follows check-data.mjs: NFKC, then every kind of whitespace removed, because
// the seeds pad words with spaces and break sentences across lines.

/** NFKC with all whitespace removed: how quotes are compared with the source lines. */
export function toMatchKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Full-width ASCII to ASCII and ideographic spaces to spaces, but nothing else: unlike NFKC this
 * keeps ① and Ⅰ, which are markers in their own right.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0]/gu, ' ');
}

/** Collapses runs of whitespace to one space and trims: for titles and texts shown to people. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Joins lines of one paragraph. A PDF extraction breaks Japanese sentences anywhere, so two
 * Japanese characters meeting at a break join without a space; Latin words keep one.
 */
export function joinBrokenLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = tidySpaces(raw);
    if (!line) continue;
    if (out && /[A-Za-z0-9,.]$/u.test(out) && /^[A-Za-z0-9]/u.test(line)) out += ' ';
    out += line;
  }
  return out;
}
