/**
 * The register's TopoJSON turned into SVG paths, with no map library: quantized, delta-encoded arcs
 * (TopoJSON spec, "transform") joined into rings, projected for Finland and written as path strings.
 */

type Position = [number, number];
type Rings = number[][]; // a polygon: rings of arc indexes (~i is arc i reversed)
export interface TopoGeometry<P> {
  type: 'Polygon' | 'MultiPolygon';
  arcs: Rings | Rings[];
  properties: P;
}
export interface Topology<P, Q> {
  arcs: Position[][];
  transform: { scale: Position; translate: Position };
  objects: { munis: { geometries: TopoGeometry<P>[] }; hva: { geometries: TopoGeometry<Q>[] } };
}

export interface MapArea<P> {
  properties: P;
  /** SVG path in the map's view box. */
  d: string;
  /** Centre of the area's bounding box (for labels and focus order). */
  centre: Position;
}

/** The projection: equirectangular scaled by the cosine of Finland's middle latitude, north up. */
const LAT0 = (64.5 * Math.PI) / 180;
export const VIEW = { width: 400, height: 800 };
const LON_MIN = 19.3;
const LAT_MAX = 70.2;
const SCALE = VIEW.height / (LAT_MAX - 59.6);

function project([lon, lat]: Position): Position {
  return [(lon - LON_MIN) * Math.cos(LAT0) * SCALE, (LAT_MAX - lat) * SCALE];
}

function decodeArcs(topology: Topology<unknown, unknown>): Position[][] {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return project([x * sx + tx, y * sy + ty]);
    });
  });
}

function ring(arcs: Position[][], indexes: number[]): Position[] {
  const points: Position[] = [];
  for (const index of indexes) {
    const arc = index < 0 ? [...(arcs[~index] ?? [])].reverse() : (arcs[index] ?? []);
    // Consecutive arcs share their meeting point.
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function pathOf(rings: Position[][]): string {
  return rings
    .filter((r) => r.length > 2)
    .map((r) => `M${r.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}Z`)
    .join('');
}

function areas<P>(geometries: TopoGeometry<P>[], arcs: Position[][]): MapArea<P>[] {
  return geometries.map((g) => {
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as Rings[];
    const rings = polygons.flatMap((p) => p.map((indexes) => ring(arcs, indexes)));
    const xs = rings.flat().map((p) => p[0]);
    const ys = rings.flat().map((p) => p[1]);
    const centre: Position = [
      (Math.min(...xs) + Math.max(...xs)) / 2,
      (Math.min(...ys) + Math.max(...ys)) / 2,
    ];
    return { properties: g.properties, d: pathOf(rings), centre };
  });
}

/** Every municipality and every county (the `hva` layer) as projected SVG paths. */
export function mapAreas<P, Q>(
  topology: Topology<P, Q>,
): { municipalities: MapArea<P>[]; counties: MapArea<Q>[] } {
  const arcs = decodeArcs(topology as Topology<unknown, unknown>);
  return {
    municipalities: areas(topology.objects.munis.geometries, arcs),
    counties: areas(topology.objects.hva.geometries, arcs),
  };
}
