import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { PlanIndex, Taxonomy } from './schemas';

const index = () => JSON.parse(readFileSync('static/data/index.json', 'utf8'));
const problem = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return z.prettifyError(parsed.error);
};

describe('schema problems read as short English with their path', () => {
  it('the real index.json parses', () => {
    expect(PlanIndex.safeParse(index()).success).toBe(true);
  });

  it('a wrong type names what was expected, what came, and where', () => {
    const bad = index();
    bad.cities[1].name.ja = 42;
    expect(problem(PlanIndex, bad)).toBe(
      '✖ expected string, received number\n  → at cities[1].name.ja',
    );
  });

  it('a missing field reads as undefined', () => {
    const bad = index();
    delete bad.cities[0].id;
    expect(problem(PlanIndex, bad)).toContain('expected string, received undefined');
    expect(problem(PlanIndex, bad)).toContain('at cities[0].id');
  });

  it('an array where an object belongs, and null, are told apart', () => {
    expect(problem(PlanIndex, [])).toContain('expected object, received array');
    expect(problem(PlanIndex, null)).toContain('expected object, received null');
  });

  it('a value outside an enum lists the allowed ones', () => {
    const tax = JSON.parse(readFileSync('static/data/taxonomy.json', 'utf8'));
    tax.categories[0].id = 'weather';
    expect(problem(Taxonomy, tax)).toMatch(/expected "health" \| "children" \| .*"sdgs"/);
  });
});
