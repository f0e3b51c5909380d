import { describe, expect, it } from 'vitest';
import { parseCategory } from './parseCategory';

describe('parseCategory', () => {
  it.each([
    [null, null, null],
    ['', null, null],
    ['health', 'health', null],
    [' DX_GX ', 'dx_gx', null],
    ['welfare', null, 'welfare'],
    ['sdgs', 'sdgs', null],
  ])('%s', (raw, category, rejected) => {
    expect(parseCategory(raw)).toEqual({ category, rejected });
  });
});
