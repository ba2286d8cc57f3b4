// Frontline map page: wires the map, the date control, the data layers, the side panel and the downloads.
// State that browser tests read is kept in window.frontline and mirrored on <body data-state data-date>.

import { api, ApiError } from './api.js';
import { createMap } from './map.js';
import { Timeline } from './timeline.js';
import { ClaimsLayer, CONTROL_STYLE, DatedLayer, placesLayer } from './layers.js';
import { markSelected, renderClaims } from './panel.js';
import { renderLegend } from './legend.js';
import { renderDownloads } from './downloads.js';

const $ = (id) => document.getElementById(id);

const state = {
  ready: false, // dates loaded and the first date drawn
  loading: true, // a date is being loaded
  date: null, // the date selected in the control
  renderedDate: null, // the date whose claims are drawn
  dates: [],
  claimCount: 0,
  markerCount: 0,
  claimIds: [],
  selectedClaim: null,
  errors: [],
  layers: { control: null, frontline: null }, // true/false once known whether the back end serves them
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

// ---- URL hash: #date=2022-09-08&claim=ID ---------------------------------------------------------------

function readHash() {
  const raw = window.location.hash.replace(/^#/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { date: raw, claim: null };
  const params = new URLSearchParams(raw);
  const date = params.get('date');
  return { date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, claim: params.get('claim') };
}

function writeHash() {
  const params = new URLSearchParams();
  if (state.date) params.set('date', state.date);
  if (state.selectedClaim) params.set('claim', state.selectedClaim);
  const next = `#${params.toString()}`;
  if (window.location.hash !== next) history.replaceState(null, '', next);
}

// ---- map and layers -----------------------------------------------------------------------------------

const { map, layerControl, oblasts } = createMap($('map'), { onError: showError });
const claims = new ClaimsLayer(map);

let places = null;
oblasts.then(({ byAdmin1 }) => api.places().then((fc) => {
  places = placesLayer(map, byAdmin1);
  places.addData(fc);
  places.addTo(map);
  layerControl.addOverlay(places, 'Places mentioned');
  layerControl.addOverlay(claims.layer, 'Claims on this date');
})).catch((e) => showError(`Could not load the places: ${e.message}`));

const control = new DatedLayer(map, {
  name: 'Control areas',
  fetcher: (date, signal) => api.optional('/api/control', { date }, { signal }),
  options: {
    style: (f) => {
      const s = CONTROL_STYLE[f.properties?.side] || CONTROL_STYLE.contested;
      return { ...s, weight: 0.6, opacity: 0.6, fillOpacity: 0.16 };
    },
    interactive: false,
  },
});
const frontline = new DatedLayer(map, {
  name: 'Front line',
  fetcher: (date, signal) => api.optional('/api/frontline', { date }, { signal }),
  options: { pane: 'frontline', style: { color: '#1f2937', weight: 2.6, opacity: 0.85, dashArray: '7 4' }, interactive: false },
});

async function refreshDated(layer, key, date, signal) {
  try {
    const known = state.layers[key];
    if (known === false) return; // the back end does not serve it; do not ask again on every date
    const available = await layer.load(date, signal);
    if (known === null && available) {
      layer.layer.addTo(map);
      layerControl.addOverlay(layer.layer, layer.name);
    }
    if (state.layers[key] !== available) {
      state.layers[key] = available;
      renderLegend($('legend'), { control: !!state.layers.control, frontline: !!state.layers.frontline });
    }
  } catch (e) {
    if (e.name !== 'AbortError') showError(`${layer.name}: ${e.message}`);
  }
}

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
map.on('popupclose', () => {
  state.selectedClaim = null;
  markSelected($('claims-panel'), null);
  writeHash();
});

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
  renderDownloads($('downloads-menu'), date);
  setBusy(true);
  try {
    const fc = await api.claims({ date }, { signal: ctl.signal });
    if (ctl.signal.aborted) return;
    state.markerCount = claims.setData(fc);
    state.claimCount = fc.features.length;
    state.claimIds = fc.features.map((f) => String(f.properties?.id));
    renderClaims($('claims-panel'), $('claims-count'), fc.features, { onSelect: selectClaim, date });
    document.body.dataset.date = date;
    await Promise.all([
      refreshDated(control, 'control', date, ctl.signal),
      refreshDated(frontline, 'frontline', date, ctl.signal),
    ]);
    if (ctl.signal.aborted) return;
    if (claimToOpen && !selectClaim(claimToOpen)) {
      state.selectedClaim = null;
      writeHash();
    }
    state.renderedDate = date;
  } catch (e) {
    if (e.name === 'AbortError') return;
    // Never leave another date's claims on screen under this date's label.
    state.markerCount = claims.setData(api.emptyCollection());
    state.claimCount = 0;
    state.claimIds = [];
    renderClaims($('claims-panel'), $('claims-count'), [], { onSelect: selectClaim, date, failed: true });
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
}, showDate);

window.addEventListener('hashchange', () => {
  const { date, claim } = readHash();
  if (date && date !== state.date) {
    timeline.pause();
    pendingClaim = claim;
    timeline.setDate(date);
  } else if (claim && claim !== state.selectedClaim) {
    selectClaim(claim);
  }
});

state.setDate = (date) => timeline.setDate(date);
state.selectClaim = selectClaim;
state.map = map;

// ---- start ------------------------------------------------------------------------------------------

renderLegend($('legend'));

(async () => {
  try {
    state.dates = await api.dates();
  } catch (e) {
    showError(`Could not load the dates: ${e.message}`);
    state.dates = [];
  }
  timeline.setDates(state.dates);
  const { date, claim } = readHash();
  if (!state.dates.length) {
    renderClaims($('claims-panel'), $('claims-count'), [], { onSelect: selectClaim, date: null });
    renderDownloads($('downloads-menu'), null);
    state.ready = true;
    setBusy(false);
    return;
  }
  // A link reopens its date (or the last date before it); without one, open on the latest date.
  const chosen = timeline.setDate(date, { notify: false });
  pendingClaim = chosen === date ? claim : null;
  state.ready = true;
  await showDate(chosen);
})();
