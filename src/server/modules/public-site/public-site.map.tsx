/**
 * The zones on a map, drawn on the server as SVG from their WGS84 GeoJSON (boundaries, or a point
 * for a zone without one): it needs no script and no tile server. When the board has set a tile
 * layer, the page also carries the GeoJSON and the map script (Leaflet, src/web/site/map.ts), which
 * lays the same shapes over the tiles.
 */
import {
  fitView,
  labelPoint,
  positionsOf,
  svgPath,
  thinGeometry,
  type MapGeometry,
} from '../../../domain/map-projection.ts';

export interface MapZone {
  id: string;
  name: string;
  href: string;
  geometry: MapGeometry;
}

export interface TileLayer {
  tileUrlTemplate: string;
  attribution: string;
}

/** A geometry the map can draw (GeoJSON Polygon, MultiPolygon or Point), else null. */
export function drawable(geometry: unknown): MapGeometry | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || !Array.isArray(g.coordinates)) return null;
  return g.type === 'Polygon' || g.type === 'MultiPolygon' || g.type === 'Point' ? (g as MapGeometry) : null;
}

/** JSON inside a <script> element: nothing in it can end the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function ZoneMap({
  zones,
  title,
  caption,
  tiles,
  width = 800,
}: {
  zones: readonly MapZone[];
  title: string;
  caption: string;
  tiles: TileLayer | null;
  width?: number;
}) {
  const view = fitView(
    zones.map((z) => z.geometry),
    // Room around the shapes for their names; never taller than a phone's screen is wide.
    { width, minHeight: width * 0.45, maxHeight: width * 0.7, padding: width * 0.12 },
  );
  if (!view) return null;
  // For the map over tiles: about 1/5 000 of the zones' extent is finer than a zoomed-in screen.
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  if (tiles)
    for (const [lon, lat] of zones.flatMap((z) => positionsOf(z.geometry))) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  const span = Math.max(maxLon - minLon, maxLat - minLat);
  const collection = tiles && {
    type: 'FeatureCollection',
    features: zones.map((z) => ({
      type: 'Feature',
      id: z.id,
      properties: { name: z.name, href: z.href },
      geometry: thinGeometry(z.geometry, span / 5000),
    })),
  };
  return (
    <figure className="map">
      <div
        className="map-canvas"
        id="zone-map"
        data-testid="zone-map"
        {...(tiles ? { 'data-tiles': tiles.tileUrlTemplate, 'data-attribution': tiles.attribution } : {})}
      >
        <svg viewBox={`0 0 ${view.width} ${view.height}`} role="group" aria-label={title}>
          <title>{title}</title>
          {zones.map((zone) => {
            const [x, y] = labelPoint(zone.geometry, view);
            return (
              <a key={zone.id} href={zone.href} data-zone-id={zone.id}>
                {zone.geometry.type === 'Point' ? (
                  <circle className="zone-point" cx={x} cy={y} r={8} />
                ) : (
                  <path className="zone-shape" fillRule="evenodd" d={svgPath(zone.geometry, view)} />
                )}
                <text
                  className="zone-label"
                  x={x}
                  y={zone.geometry.type === 'Point' ? y - 14 : y}
                  textAnchor="middle"
                >
                  {zone.name}
                </text>
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption>{caption}</figcaption>
      {tiles && (
        <script
          type="application/json"
          id="zone-map-data"
          dangerouslySetInnerHTML={{ __html: scriptJson(collection) }}
        />
      )}
    </figure>
  );
}
