import { describe, expect, it } from 'vitest';
import { catalog, loadLang } from './catalog';
import type { Lang } from './lang';

// Every message module of the app (messages.ts, exportMessages.ts …) and the catalogs it exports.
const modules = import.meta.glob<Record<string, unknown>>('/src/**/*essages.ts', { eager: true });
const catalogs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name]) => /MESSAGES$/.test(name))
    .map(([name, table]) => ({ name: `${file} ${name}`, table: table as Record<Lang, object> })),
);

describe('message catalogs', () => {
  it('finds the twenty catalogs of the app', () => {
    expect(catalogs.map((c) => c.name)).toHaveLength(20);
  });

  it('shows Japanese, not nothing, where English is read before it has loaded', () => {
    const table = catalog({ hello: 'こんにちは' }, '/src/nowhere.en.ts');
    expect(table.en).toBe(table.ja);
  });

  it('finds every English table after loading English, with the same keys and kinds of value', async () => {
    await loadLang('en');
    for (const { name, table } of catalogs) {
      expect(table.en, name).not.toBe(table.ja);
      const shape = (t: object) =>
        Object.entries(t)
          .map(([key, value]) => `${key}:${typeof value}`)
          .sort();
      expect(shape(table.en), name).toEqual(shape(table.ja));
    }
  });
});
