import { describe, expect, it } from 'vitest';
import { readDeckData } from '../../../tests/unit/readDeckData';
import { figureOf } from './figureOf';
import { describeFigure } from './findings';
import { figureContext, makeDefaultFigures, makeDefaultTrack } from './makeDefaultTrack';
import { parseTrack, serializeTrack } from './track';

const data = readDeckData();

describe('makeDefaultTrack on the committed data', () => {
  it.each(['ja', 'en'] as const)(
    '%s: eight slides in story order, each a chart view that survives the URL',
    (lang) => {
      const copy = structuredClone(data);
      const track = makeDefaultTrack(data, lang);
      const kinds = track.map((s) => figureOf(s.view, figureContext(data))?.kind);
      expect(kinds).toEqual([
        'periods',
        'scope',
        'categories',
        'upset',
        'concept',
        'unique',
        'regions',
        'labels',
      ]);
      for (const slide of track) expect(slide.title.length && slide.notes.length).toBeTruthy();
      expect(parseTrack(serializeTrack(track))).toEqual({ ok: true, track });
      expect(data).toEqual(copy);
    },
  );

  it("titles each slide with its figure's finding, and the figure the view draws is that one", () => {
    const track = makeDefaultTrack(data, 'ja');
    for (const [i, spec] of makeDefaultFigures(data).entries()) {
      expect(figureOf(track[i]!.view, figureContext(data))).toEqual(spec);
      expect(track[i]!.title).toBe(describeFigure(spec, data, 'ja').title);
    }
  });

  it('links the concept slide to the concept it shows', () => {
    const concept = makeDefaultFigures(data).find((s) => s.kind === 'concept');
    expect(concept && concept.kind === 'concept' && concept.concept).toBeTruthy();
    expect(makeDefaultTrack(data, 'ja')[4]!.view).toMatch(/^\/shared\?concept=/);
  });
});
