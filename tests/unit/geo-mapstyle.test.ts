import { describe, expect, it } from 'vitest';
import { makeMapStyle } from '../../src/lib/map/mapStyle';

describe('makeMapStyle', () => {
  const style = makeMapStyle(null);

  it('fetches nothing: no tiles, sprite or glyphs, only inline GeoJSON sources', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('has no text layers, which would need a glyph server', () => {
    expect(style.layers.filter((l) => l.type === 'symbol')).toEqual([]);
  });

  it('draws sea, land, areas (dashed hulls, solid boundaries) and halls on top', () => {
    expect(style.layers.map((l) => [l.id, l.type])).toEqual([
      ['sea', 'background'],
      ['land', 'fill'],
      ['coast', 'line'],
      ['areas-fill', 'fill'],
      ['areas-line-approximate', 'line'],
      ['areas-line', 'line'],
      ['halls', 'circle'],
    ]);
  });
});
