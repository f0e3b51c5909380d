// A Web Mercator fitted to a pixel box, and SVG paths for polygons under it: all the home page's
// overview map needs, without d3-geo's general machinery (clipping, resampling) on the first load.
// Japan's main islands lie far from the antimeridian and the poles, where that machinery matters.
import type { Position } from 'geojson';
import type { Shape } from './features';

export type LonLat = readonly [number, number];
export type Project = (lonLat: LonLat) => [number, number];

const RAD = Math.PI / 180;
const mercatorY = (lat: number) => -Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

/** A Mercator that fits the lon/lat `extent` (two corners) inside the pixel box `[[x0, y0], [x1, y1]]`,
 * centred, like d3-geo's `geoMercator().fitExtent(box, MultiPoint(extent))`. */
export function fitMercator(
  extent: readonly [LonLat, LonLat],
  box: readonly [LonLat, LonLat],
): Project {
  const xs = extent.map(([lon]) => lon * RAD);
  const ys = extent.map(([, lat]) => mercatorY(lat));
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const [[x0, y0], [x1, y1]] = box;
  const k = Math.min((x1 - x0) / (maxX - minX), (y1 - y0) / (maxY - minY));
  const tx = x0 + (x1 - x0 - k * (minX + maxX)) / 2;
  const ty = y0 + (y1 - y0 - k * (minY + maxY)) / 2;
  return ([lon, lat]) => [tx + k * lon * RAD, ty + k * mercatorY(lat)];
}

const round = (v: number) => Math.round(v * 10) / 10;

// One string built in a loop: the home page draws this on its first render.
function ringPath(ring: Position[], project: Project): string {
  let d = '';
  for (let i = 0; i < ring.length - 1; i++) {
    const [x, y] = project([ring[i]![0]!, ring[i]![1]!]);
    d += `${i ? 'L' : 'M'}${round(x)},${round(y)}`;
  }
  return d && `${d}Z`;
}

/** The SVG path of a polygon or multipolygon, to a tenth of a pixel. */
export function shapePath(shape: Shape, project: Project): string {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) => ringPath(ring, project))).join('');
}
