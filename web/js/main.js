// Frontline map page: wires the map, the date control, the data layers, the layer list and legend, the side
// panel, the place search and the downloads. State that browser tests read is kept in window.frontline and
// mirrored on <body data-state data-date>.
//
// The URL hash is the permalink: #date=2022-09-08&layers=control,frontline,claims&center=49.5,36.2&zoom=7&claim=ID
// (a bare #2022-09-08 still works). ?embed=1 or #embed=1 shows only the map and the date control.

import { api, ApiError } from './api.js';
import { createMap } from './map.js';
import { Timeline } from './timeline.js';
import { CHANGE_STYLE, ClaimsLayer, CONTROL_STYLE, DatedLayer, placesLayer } from './layers.js';
import { markSelected, renderClaims } from './panel.js';
import { changesLabel, renderLayerList, renderLegend } from './legend.js';
import { probeFormats, renderDownloads } from './downloads.js';
import { PlaceSearch } from './search.js';

const L = window.L;
const $ = (id) => document.getElementById(id);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

// ---- embed mode: decided before the map measures its container -----------------------------------------

const initialHash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
const embed = new URLSearchParams(window.location.search).get('embed') === '1' || initialHash.get('embed') === '1';
const embedInHash = initialHash.get('embed') === '1';
if (embed) document.body.classList.add('is-embed');

const state = {
  ready: false, // dates loaded and the first date drawn
  loading: true, // a date is being loaded
  date: null, // the date selected in the control
  renderedDate: null, // the date whose claims are drawn
  dates: [], // the claim days
  claimCount: 0,
  markerCount: 0,
  claimIds: [],
  selectedClaim: null,
  errors: [],
  embed,
  layers: { control: null, frontline: null, changes: null }, // true/false once known whether the back end serves them
  visibleLayers: [],
  layerCounts: {},
  claimRenderer: 'dom', // 'canvas' when the date has many claims
  lastRedrawMs: null, // clearLayers + addData + drawing the claims, for the last date drawn
  formats: ['geojson', 'csv'],
};
window.frontline = state;

// ---- errors -------------------------------------------------------------------------------------------

function showError(message) {
  state.errors.push(message);
  $('error-text').textContent = message;
  $('error-banner').hidden = false;
}
$('error-close').addEventListener('click', () => {
  $('error-banner').hidden = true;
});

function setBusy(busy) {
  state.loading = busy;
  document.body.dataset.state = busy ? 'loading' : (state.ready ? 'ready' : 'loading');
  $('map-status').textContent = busy ? 'Loading…' : '';
  $('map-status').classList.toggle('is-visible', busy);
}

// ---- map and layers -----------------------------------------------------------------------------------

const { map, layerControl, oblasts, layers: baseLayers } = createMap($('map'), { onError: showError });
const claims = new ClaimsLayer(map);

const oblastNames = {}; // admin1 code -> oblast name, for the place popups
const places = placesLayer(map, oblastNames);
oblasts.then(({ byAdmin1 }) => {
  Object.assign(oblastNames, byAdmin1);
  return api.places();
}).then((fc) => {
  places.addData(fc);
  updateLayerList();
}).catch((e) => showError(`Could not load the places: ${e.message}`));

const control = new DatedLayer(map, {
  key: 'control',
  name: 'Control areas',
  fetcher: (date, signal) => api.optional('/api/control', { date }, { signal }),
  options: {
    pane: 'control',
    renderer: L.canvas({ pane: 'control', padding: 0.3 }),
    style: (f) => {
      const s = CONTROL_STYLE[f.properties?.side] || CONTROL_STYLE.contested;
      return { ...s, weight: 0.8, opacity: 0.55, fillOpacity: 0.2 };
    },
    interactive: false,
  },
});
const frontline = new DatedLayer(map, {
  key: 'frontline',
  name: 'Front line',
  fetcher: (date, signal) => api.optional('/api/frontline', { date }, { signal }),
  options: { pane: 'frontline', style: { color: '#1f2937', weight: 2.6, opacity: 0.9, dashArray: '7 4' }, interactive: false },
});
const changes = new DatedLayer(map, {
  key: 'changes',
  name: 'Changes since the previous claim day',
  // The previous step is the last claim day before the date; on the first day, from = to (nothing changed).
  fetcher: (date, signal) => api.optional('/api/changes', { from: changesFrom(date) || date, to: date }, { signal }),
  options: {
    pane: 'changes',
    renderer: L.canvas({ pane: 'changes', padding: 0.3 }),
    style: (f) => {
      const s = CHANGE_STYLE[f.properties?.to] || CHANGE_STYLE.contested;
      return { ...s, weight: 1.6, opacity: 0.95, fillOpacity: 0.5, dashArray: '4 3' };
    },
    interactive: false,
  },
});
const DATED = { control, frontline, changes };

/** Every toggleable layer, in the order of the layer list. `dated` ones come from endpoints that may 404. */
const LAYERS = [
  { key: 'control', label: 'Control areas by side', layer: control.layer, dated: control },
  { key: 'frontline', label: 'Front line', layer: frontline.layer, dated: frontline },
  { key: 'changes', label: 'Changes since the previous claim day', layer: changes.layer, dated: changes },
  { key: 'claims', label: 'Claims on this date', layer: claims.layer },
  { key: 'places', label: 'Places named in the articles', layer: places },
  { key: 'oblasts', label: 'Oblast outlines and names', layer: baseLayers.oblasts },
  { key: 'labels', label: 'Cities, countries and seas', layer: baseLayers.labels },
];
const BY_KEY = Object.fromEntries(LAYERS.map((l) => [l.key, l]));
const DEFAULT_LAYERS = LAYERS.map((l) => l.key);

function changesFrom(date) {
  return date ? timeline.previousClaimDay(date) : null;
}

function isOn(key) {
  return map.hasLayer(BY_KEY[key].layer);
}

/** Shown layers as the hash lists them: dated layers count while their endpoint is unknown or served. */
function wantedLayers() {
  return LAYERS.filter((l) => (l.dated && !l.dated.visible ? l.wanted : isOn(l.key))).map((l) => l.key);
}

function applyLayers(keys) {
  const want = new Set(keys);
  for (const l of LAYERS) {
    l.wanted = want.has(l.key);
    if (l.dated && state.layers[l.key] !== true) continue; // added once the endpoint answers
    if (l.wanted && !map.hasLayer(l.layer)) l.layer.addTo(map);
    if (!l.wanted && map.hasLayer(l.layer)) map.removeLayer(l.layer);
  }
}

function setLayer(key, on) {
  const l = BY_KEY[key];
  l.wanted = on;
  if (on) {
    l.layer.addTo(map);
    if (l.dated && state.date) refreshDated(l.dated, state.date, undefined).then(afterDated);
  } else {
    map.removeLayer(l.layer);
  }
  updateLayerList();
  writeHash();
}

// The Leaflet layer control toggles the same layers: keep the list and the hash in step with it.
map.on('overlayadd overlayremove', (e) => {
  const l = LAYERS.find((x) => x.layer === e.layer);
  if (!l) return;
  l.wanted = e.type === 'overlayadd';
  if (l.wanted && l.dated && state.date) refreshDated(l.dated, state.date, undefined).then(afterDated);
  updateLayerList();
  writeHash();
});
for (const key of ['claims', 'places', 'oblasts', 'labels']) {
  layerControl.addOverlay(BY_KEY[key].layer, BY_KEY[key].label);
}

function updateLayerList() {
  const entries = LAYERS.map((l) => {
    const available = l.dated ? state.layers[l.key] : true;
    let note = null;
    if (l.dated && available) {
      const n = l.dated.features;
      if (l.key === 'changes') {
        const from = changesFrom(state.date);
        note = from ? `${changesLabel(from)}: ${n ? `${n} area${n === 1 ? '' : 's'}` : 'none'}` : 'first claim day: nothing earlier to compare';
      } else if (!n && l.dated.loaded) note = 'nothing on this date';
    }
    if (l.key === 'claims' && state.date) {
      note = `${state.claimCount.toLocaleString('en-GB')} on ${state.date}${state.claimRenderer === 'canvas' ? ' · many: drawn on one canvas, no fan-out' : ''}`;
    }
    return { key: l.key, label: l.label, on: l.dated && !available ? false : isOn(l.key), available, note };
  });
  renderLayerList($('layer-list'), entries, { onToggle: setLayer });
  state.visibleLayers = LAYERS.filter((l) => isOn(l.key)).map((l) => l.key);
  state.layerCounts = {
    claims: claims.count(),
    places: places.getLayers().length,
    control: control.layer.getLayers().length,
    frontline: frontline.layer.getLayers().length,
    changes: changes.layer.getLayers().length,
  };
}

async function refreshDated(layer, date, signal) {
  try {
    const before = state.layers[layer.key];
    const available = await layer.load(date, signal);
    if (signal && signal.aborted) return;
    if (before !== true && available) {
      layerControl.addOverlay(layer.layer, BY_KEY[layer.key].label);
      if (BY_KEY[layer.key].wanted) layer.layer.addTo(map);
    }
    state.layers[layer.key] = available;
  } catch (e) {
    if (e.name !== 'AbortError') showError(`${layer.name}: ${e.message}`);
  }
}

function afterDated() {
  updateLayerList();
  updateDownloads();
}

// ---- downloads ----------------------------------------------------------------------------------------

// The menu closes when the user clicks or tabs anywhere else.
for (const type of ['click', 'focusin']) {
  document.addEventListener(type, (e) => {
    const menu = $('downloads');
    if (menu.open && !menu.contains(e.target)) menu.open = false;
  });
}

let formats;
const formatsReady = probeFormats().then((f) => {
  formats = f;
  state.formats = f.map((x) => x.f);
  updateDownloads();
});

function updateDownloads() {
  const from = changesFrom(state.date);
  renderDownloads($('downloads-menu'), {
    date: state.date,
    formats,
    control: !!state.layers.control,
    frontline: !!state.layers.frontline,
    changes: state.layers.changes && from ? { from, to: state.date } : null,
  });
}

// ---- URL hash: the permalink --------------------------------------------------------------------------

function readHash() {
  const raw = window.location.hash.replace(/^#/, '');
  if (ISO.test(raw)) return { date: raw, claim: null, layers: null, view: null };
  const params = new URLSearchParams(raw);
  const date = params.get('date');
  const layers = params.has('layers') ? params.get('layers').split(',').filter((k) => BY_KEY[k]) : null;
  let view = null;
  const c = (params.get('center') || '').split(',').map(Number);
  const z = Number(params.get('zoom'));
  if (c.length === 2 && c.every(Number.isFinite) && Math.abs(c[0]) <= 90 && Math.abs(c[1]) <= 180 && params.get('zoom') && Number.isFinite(z)) {
    view = { center: [c[0], c[1]], zoom: Math.min(16, Math.max(4, z)) };
  }
  return { date: date && ISO.test(date) ? date : null, claim: params.get('claim'), layers, view };
}

let hashReady = false; // not before the first date is chosen: the hash is read first
let linkedView = null; // the view a link asked for, while the map still shows it

function applyView(view) {
  map.setView(view.center, view.zoom, { animate: false });
  linkedView = view;
}

function writeHash() {
  if (!hashReady) return;
  const params = new URLSearchParams();
  if (state.date) params.set('date', state.date);
  const layers = wantedLayers();
  if (layers.join(',') !== DEFAULT_LAYERS.join(',')) params.set('layers', layers.join(','));
  // A view opened from a link is written back as it was given until the user moves the map: Leaflet snaps the
  // centre to whole pixels, which would otherwise change the link a little on every reopen.
  const c = linkedView ? { lat: linkedView.center[0], lng: linkedView.center[1] } : map.getCenter();
  params.set('center', `${c.lat.toFixed(4)},${c.lng.toFixed(4)}`);
  params.set('zoom', String(Math.round((linkedView ? linkedView.zoom : map.getZoom()) * 100) / 100));
  if (state.selectedClaim) params.set('claim', state.selectedClaim);
  const full = params.toString().replace(/%2C/g, ',');
  if (embedInHash) params.set('embed', '1');
  const next = `#${params.toString().replace(/%2C/g, ',')}`;
  if (window.location.hash !== next) history.replaceState(null, '', next);
  $('embed-open').href = `/#${full}`;
}

map.on('moveend', () => {
  if (linkedView) {
    const moved = map.latLngToContainerPoint(linkedView.center).distanceTo(map.getSize().divideBy(2));
    if (moved > 2 || Math.abs(map.getZoom() - linkedView.zoom) > 0.01) linkedView = null;
  }
  writeHash();
});

// ---- the chosen date ----------------------------------------------------------------------------------

let current = null; // AbortController of the date being loaded
let pendingClaim = null; // a claim to open once its date is drawn (from a link)

function selectClaim(id) {
  if (!claims.focus(id)) return false;
  state.selectedClaim = id;
  markSelected($('claims-panel'), id);
  writeHash();
  return true;
}

claims.onOpen = (id) => {
  state.selectedClaim = id;
  markSelected($('claims-panel'), id);
  writeHash();
  const item = document.querySelector(`.claim-item[data-claim-id="${CSS.escape(id)}"]`);
  // On a phone the list is below the map: scrolling to it would pull the page away from the popup.
  if (item && window.matchMedia('(min-width: 721px)').matches) item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
};
map.on('popupclose', (e) => {
  if (!claims.ownsPopup(e.popup)) return;
  state.selectedClaim = null;
  markSelected($('claims-panel'), null);
  writeHash();
});

/** Draw a collection as the chosen date's claims: map (timed), panel, counts. */
async function drawClaims(fc, date, { failed = false } = {}) {
  state.markerCount = claims.setData(fc);
  state.lastRedrawMs = claims.lastRedrawMs;
  state.claimRenderer = claims.mode;
  state.claimCount = fc.features.length;
  state.claimIds = fc.features.map((f) => String(f.properties?.id));
  renderClaims($('claims-panel'), $('claims-count'), fc.features, {
    onSelect: selectClaim,
    date,
    failed,
    previous: date ? timeline.previousClaimDay(date) : null,
    next: date ? timeline.nextClaimDay(date) : null,
    onJump: (d) => timeline.setDate(d),
  });
}

async function showDate(date) {
  if (current) current.abort();
  const ctl = new AbortController();
  current = ctl;
  state.date = date;
  const claimToOpen = pendingClaim;
  pendingClaim = null;
  if (state.selectedClaim) map.closePopup();
  state.selectedClaim = claimToOpen;
  writeHash();
  updateDownloads();
  setBusy(true);
  try {
    const fc = await api.claims({ date }, { signal: ctl.signal });
    if (ctl.signal.aborted) return;
    await drawClaims(fc, date);
    if (ctl.signal.aborted) return;
    document.body.dataset.date = date;
    await Promise.all(Object.values(DATED).map((l) => refreshDated(l, date, ctl.signal)));
    if (ctl.signal.aborted) return;
    afterDated();
    if (claimToOpen && !selectClaim(claimToOpen)) {
      state.selectedClaim = null;
      writeHash();
    }
    state.renderedDate = date;
  } catch (e) {
    if (e.name === 'AbortError') return;
    // Never leave another date's claims on screen under this date's label.
    await drawClaims(api.emptyCollection(), date, { failed: true });
    showError(e instanceof ApiError ? `Could not load the claims for ${date}: ${e.message}` : String(e));
    state.renderedDate = date;
  } finally {
    if (current === ctl) {
      current = null;
      setBusy(false);
    }
  }
}

const timeline = new Timeline({
  slider: $('date-slider'),
  label: $('date-label'),
  sub: $('date-sub'),
  prev: $('prev-date'),
  next: $('next-date'),
  play: $('play'),
  ticks: $('date-ticks'),
  input: $('date-input'),
}, showDate);

window.addEventListener('hashchange', () => {
  const { date, claim, layers, view } = readHash();
  if (layers) {
    applyLayers(layers);
    updateLayerList();
  }
  if (view) applyView(view);
  if (date && date !== state.date) {
    timeline.pause();
    pendingClaim = claim;
    timeline.setDate(date);
  } else if (claim && claim !== state.selectedClaim) {
    selectClaim(claim);
  } else {
    writeHash();
  }
});

// ---- place search -------------------------------------------------------------------------------------

const search = new PlaceSearch(map, {
  form: $('place-search'),
  input: $('place-search-input'),
  clear: $('place-search-clear'),
  results: $('place-search-results'),
}, { onError: showError });

// ---- hooks for tests and for people in the console --------------------------------------------------

state.setDate = (date) => timeline.setDate(date);
state.selectClaim = selectClaim;
state.setLayer = setLayer;
state.map = map;
state.search = search;
/**
 * Draw a FeatureCollection of claims as if it were the chosen date's (map and panel, timed like a date step);
 * resolves to lastRedrawMs. Nothing is fetched and nothing leaves the page: it exists to measure rendering.
 */
state.debugLoad = async (fc) => {
  await drawClaims(fc, state.date);
  updateLayerList();
  return state.lastRedrawMs;
};

// ---- start ------------------------------------------------------------------------------------------

renderLegend($('legend'));

(async () => {
  const { date, claim, layers, view } = readHash();
  applyLayers(layers || DEFAULT_LAYERS);
  if (view) applyView(view);
  updateLayerList();
  try {
    state.dates = await api.dates();
  } catch (e) {
    showError(`Could not load the dates: ${e.message}`);
    state.dates = [];
  }
  timeline.setDates(state.dates);
  await formatsReady.catch(() => null);
  if (!state.dates.length) {
    hashReady = true;
    await drawClaims(api.emptyCollection(), null);
    updateDownloads();
    writeHash();
    state.ready = true;
    setBusy(false);
    return;
  }
  // A link reopens its date (clamped into the range of claim days); without one, open on the last claim day.
  const chosen = timeline.setDate(date, { notify: false });
  pendingClaim = chosen === date ? claim : null;
  hashReady = true;
  state.ready = true;
  await showDate(chosen);
})();
