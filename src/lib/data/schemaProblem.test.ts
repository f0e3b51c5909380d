import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The contract module alone, not the schemas barrel: the app never sets zod's messages globally.
import { PlanIndex } from './contract/planIndex';
import { schemaProblem } from './schemaProblem';

const index = () => JSON.parse(readFileSync('static/data/index.json', 'utf8'));

describe('schemaProblem formats a failed file in short messages without a global error map', () => {
  it('names what was expected, what came, and where', () => {
    const bad = index();
    bad.cities[1].name.ja = 42;
    expect(schemaProblem(PlanIndex, bad)).toBe(
      '✖ expected string, received number\n  → at cities[1].name.ja',
    );
  });

  it("keeps a schema's own message", () => {
    const bad = index();
    bad.cities[0].id = 'Not An Id';
    expect(schemaProblem(PlanIndex, bad)).toContain('lowercase romanized id');
    expect(schemaProblem(PlanIndex, bad)).toContain('at cities[0].id');
  });

  it('says so plainly if the value passes after all', () => {
    expect(schemaProblem(PlanIndex, index())).toBe('does not match its schema');
  });
});
