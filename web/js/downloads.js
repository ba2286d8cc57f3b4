// Download links for what the map shows: the chosen date's claims, all claims, and the places, in the formats
// the API offers through f= (GeoJSON and CSV; GeoPackage and Shapefile join when the API serves them).

import { clear, el } from './dom.js';
import { apiUrl } from './api.js';

const FORMATS = [
  ['geojson', 'GeoJSON'],
  ['csv', 'CSV'],
];

function group(title, path, params) {
  return el('div', { class: 'dl-group' },
    el('div', { class: 'dl-title' }, title),
    el('div', { class: 'dl-links' },
      FORMATS.map(([f, label]) => el('a', { href: apiUrl(path, { ...params, f }), download: '', role: 'menuitem' }, label))));
}

export function renderDownloads(menu, date) {
  clear(menu);
  if (date) menu.appendChild(group(`Claims on ${date}`, '/api/claims', { date }));
  menu.appendChild(group('All claims', '/api/claims', {}));
  menu.appendChild(group('Places mentioned', '/api/places', {}));
}
