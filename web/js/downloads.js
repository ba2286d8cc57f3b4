// Download links for what the map shows: the chosen date's claims, all claims, the places, and the chosen
// date's control areas, front line and changes once the server serves them. The formats are data-driven:
// the formats /api/formats lists (GeoJSON and CSV if it cannot be asked).

import { clear, el } from './dom.js';
import { apiUrl } from './api.js';

const BASE_FORMATS = [{ f: 'geojson', label: 'GeoJSON' }, { f: 'csv', label: 'CSV' }];

const LABELS = { geojson: 'GeoJSON', csv: 'CSV', gpkg: 'GeoPackage', shp: 'Shapefile' };

/** The f= values the API answers, from /api/formats; GeoJSON and CSV when the list cannot be had. */
export async function probeFormats() {
  try {
    const r = await fetch(apiUrl('/api/formats', {}));
    if (!r.ok) return BASE_FORMATS.slice();
    const list = await r.json();
    const found = list.map((x) => ({ f: x.f, label: LABELS[x.f] || x.f.toUpperCase() }));
    return found.length ? found : BASE_FORMATS.slice();
  } catch (_) {
    return BASE_FORMATS.slice();
  }
}

function group(kind, title, path, params, formats) {
  return el('div', { class: 'dl-group', dataset: { kind } },
    el('div', { class: 'dl-title' }, title),
    el('div', { class: 'dl-links' },
      formats.map(({ f, label }) => el('a', {
        href: apiUrl(path, { ...params, f }),
        download: '',
        role: 'menuitem',
        dataset: { format: f },
      }, label))));
}

/**
 * @param {object} o { date, formats, control, frontline, changes: { from, to } | null } where control and
 *        frontline say whether those endpoints are served.
 */
export function renderDownloads(menu, { date, formats = BASE_FORMATS, control = false, frontline = false, changes = null }) {
  clear(menu);
  if (date) menu.appendChild(group('claims-date', `Claims on ${date}`, '/api/claims', { date }, formats));
  menu.appendChild(group('claims-all', 'All claims', '/api/claims', {}, formats));
  menu.appendChild(group('places', 'Places mentioned', '/api/places', {}, formats));
  if (date && control) menu.appendChild(group('control', `Control areas on ${date}`, '/api/control', { date }, formats));
  if (date && frontline) menu.appendChild(group('frontline', `Front line on ${date}`, '/api/frontline', { date }, formats));
  if (changes) {
    menu.appendChild(group('changes', `Changes ${changes.from} → ${changes.to}`, '/api/changes', changes, formats));
  }
}
