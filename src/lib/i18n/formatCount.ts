// A count written with thousands grouped by commas ("12,345"), the way both ja-JP and en-US write
// it. Done by hand: the first Intl number formatter a page creates loads ICU's locale data, about
// 75 ms of the home page's first render on the bench machine for three populations.
export function formatCount(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return (n < 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}
