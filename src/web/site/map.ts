/**
 * The public site's map over a tile layer (loaded only on pages whose board set one): Leaflet
 * (BSD-2-Clause) lays the zones' GeoJSON, which the server also drew as SVG, over the tiles. The
 * data and the tile layer come from the page itself (#zone-map-data, data-tiles); a zone links to
 * its page. Without this script the SVG map stays, so the page works without JavaScript.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

interface ZoneFeature {
  properties: { name: string; href: string };
}

function start() {
  const container = document.getElementById('zone-map');
  const data = document.getElementById('zone-map-data');
  const tiles = container?.dataset['tiles'];
  if (!container || !data || !tiles) return;
  const collection = JSON.parse(data.textContent ?? '{}') as GeoJSON.FeatureCollection;
  const svg = container.querySelector('svg');
  container.classList.add('tiled');
  // On a phone one finger scrolls the page, never drags the map (a scroll trap); two zoom it.
  const map = L.map(container, { scrollWheelZoom: false, dragging: !L.Browser.mobile, tapHold: false });
  L.tileLayer(tiles, {
    attribution: container.dataset['attribution'] ?? '',
    maxZoom: 18,
    subdomains: 'abc',
  }).addTo(map);
  const layer = L.geoJSON(collection, {
    style: () => ({ color: '#0b3d6e', weight: 2, fillColor: '#2f80ed', fillOpacity: 0.35 }),
    pointToLayer: (_feature, position) =>
      L.circleMarker(position, { radius: 8, color: '#fff', weight: 2, fillColor: '#d64545', fillOpacity: 1 }),
    onEachFeature: (feature, shape) => {
      const { name, href } = (feature as unknown as ZoneFeature).properties;
      const anchor = document.createElement('a');
      anchor.href = href;
      anchor.textContent = name;
      shape.bindTooltip(name);
      shape.bindPopup(anchor);
    },
  }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  // The SVG stays in the page for those who read it (and for search engines), hidden by the class.
  svg?.setAttribute('aria-hidden', 'true');
  container.dataset['ready'] = 'true';
}

start();
