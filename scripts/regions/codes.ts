// 全国地方公共団体コード (JIS X 0402): five digits weighted 6..2, check digit = last digit of
// 11 − (sum mod 11). npm run check:data applies it to every code in the data files.

export function checkDigit(code5: string): number {
  const sum = [...code5].reduce((s, d, i) => s + Number(d) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidCode(code: string): boolean {
  return /^\d{6}$/.test(code) && Number(code[5]) === checkDigit(code.slice(0, 5));
}

/** The 6-digit code of a 5-digit one (N03 files carry five digits). */
export function withCheckDigit(code5: string): string {
  if (!/^\d{5}$/.test(code5)) throw new Error(`not a 5-digit code: ${code5}`);
  return code5 + checkDigit(code5);
}
