// Download links for what the map shows: the chosen date's claims, all claims, the places, and the chosen
// date's control areas, front line and changes once the server serves them. The formats are data-driven:
// GeoJSON and CSV always, GeoPackage and Shapefile only when a probe of the API says they work.

import { clear, el } from './dom.js';
import { apiUrl } from './api.js';

const BASE_FORMATS = [{ f: 'geojson', label: 'GeoJSON' }, { f: 'csv', label: 'CSV' }];
const OPTIONAL_FORMATS = [{ f: 'gpkg', label: 'GeoPackage' }, { f: 'shp', label: 'Shapefile' }];

/**
 * The f= values the API answers: GeoJSON and CSV, plus each optional format whose HEAD request on the (small)
 * places collection answers 2xx. A 400 ("not available in this version") or a network error leaves it out.
 */
export async function probeFormats() {
  const found = BASE_FORMATS.slice();
  const probes = OPTIONAL_FORMATS.map(async (fmt) => {
    try {
      const r = await fetch(apiUrl('/api/places', { f: fmt.f }), { method: 'HEAD' });
      return r.ok ? fmt : null;
    } catch (_) {
      return null;
    }
  });
  for (const fmt of await Promise.all(probes)) if (fmt) found.push(fmt);
  return found;
}

function group(kind, title, path, params, formats) {
  return el('div', { class: 'dl-group', dataset: { kind } },
    el('div', { class: 'dl-title' }, title),
    el('div', { class: 'dl-links' },
      formats.map(({ f, label }) => el('a', {
        href: f === null ? apiUrl(path, params) : apiUrl(path, { ...params, f }),
        // The per-date area endpoints answer GeoJSON without a Content-Disposition: name the file here.
        download: f === null ? `frontline-${kind}-${params.date || params.to}.geojson` : '',
        role: 'menuitem',
        dataset: { format: f || 'geojson' },
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
  const geojsonOnly = [{ f: null, label: 'GeoJSON' }];
  if (date && control) menu.appendChild(group('control', `Control areas on ${date}`, '/api/control', { date }, geojsonOnly));
  if (date && frontline) menu.appendChild(group('frontline', `Front line on ${date}`, '/api/frontline', { date }, geojsonOnly));
  if (changes) {
    menu.appendChild(group('changes', `Changes ${changes.from} → ${changes.to}`, '/api/changes', changes, geojsonOnly));
  }
}
