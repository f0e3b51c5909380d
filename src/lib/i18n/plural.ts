// English plurals through Intl.PluralRules (one rule object, made on first use): "1 item",
// "2 items". Japanese counts take no plural, so only the English tables call this.
let rules: Intl.PluralRules | undefined;

/** `n` with the noun in the form English uses for it, e.g. plural(1, 'item', 'items'). */
export function plural(n: number, one: string, other: string, shown: string = String(n)): string {
  rules ??= new Intl.PluralRules('en-US');
  return `${shown} ${rules.select(n) === 'one' ? one : other}`;
}
