// Data layers: the chosen date's claims, the places mentioned in the articles, and the optional per-date
// control areas and front line. Leaflet does not re-apply `filter` on existing data, so every change of date
// is clearLayers() then addData() with the new collection.

import { el, formatClaimDate, formatDate } from './dom.js';
import { SIDES, headline, symbolSvg, typeInfo } from './symbols.js';
import { ClaimCanvas } from './claimcanvas.js';

const L = window.L;

/**
 * The quote as DOM nodes with the place name wrapped in <mark>. Offsets are into the quote itself. With
 * `lead`, text before the mention is cut to about that many characters (at a word) so a clamped excerpt
 * still shows the marked name.
 */
export function quoteNodes(p, { lead = Infinity } = {}) {
  const quote = typeof p.quote === 'string' ? p.quote : '';
  let start = Number.isInteger(p.mentionStart) ? p.mentionStart : -1;
  let end = Number.isInteger(p.mentionEnd) ? p.mentionEnd : -1;
  if (!(start >= 0 && end > start && end <= quote.length) && p.placeName) {
    // Offsets missing or out of range: fall back to the first occurrence of the place's name.
    start = quote.toLowerCase().indexOf(String(p.placeName).toLowerCase());
    end = start >= 0 ? start + String(p.placeName).length : -1;
  }
  if (start < 0) return [quote];
  let before = quote.slice(0, start);
  if (before.length > lead) {
    const cut = before.slice(before.length - lead);
    const space = cut.indexOf(' ');
    before = `…${space >= 0 ? cut.slice(space + 1) : cut}`;
  }
  return [before, el('mark', null, quote.slice(start, end)), quote.slice(end)];
}

function sideLabel(code) {
  return code && SIDES[code] ? SIDES[code].label : null;
}

function safeHref(url) {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (_) {
    return null;
  }
}

/** One claim, as shown in a popup. */
function claimBlock(p, { conflicting }) {
  const sym = el('span', { class: 'sym-wrap' });
  sym.innerHTML = symbolSvg({ type: p.type, actor: p.actor, hedged: !!p.hedged, size: 22 });
  const badges = [];
  if (p.hedged) badges.push(el('span', { class: 'badge badge-hedged', title: 'The text reports or doubts this claim' }, 'hedged / unverified'));
  if (conflicting) badges.push(el('span', { class: 'badge badge-conflict', title: 'Another claim about this place and date contradicts it' }, 'conflicting'));

  const claimantSide = sideLabel(p.claimantSide);
  const href = safeHref(p.url);
  const title = p.articleTitle || p.article || 'article';
  return el('article', { class: `claim-block${p.hedged ? ' is-hedged' : ''}`, dataset: { claimId: p.id ?? '' } },
    el('header', { class: 'claim-block-head' }, sym,
      el('div', null,
        el('div', { class: 'claim-headline' }, headline(p)),
        badges.length ? el('div', { class: 'badges' }, badges) : null)),
    el('blockquote', { class: 'claim-quote' }, quoteNodes(p)),
    el('dl', { class: 'claim-meta' },
      el('dt', null, 'Claimed by'),
      el('dd', { class: 'claim-claimant' }, p.claimant || 'unattributed', claimantSide ? el('span', { class: 'muted' }, ` (${claimantSide})`) : null),
      el('dt', null, 'Type'),
      el('dd', { class: 'claim-type' }, typeInfo(p.type).label, el('span', { class: 'muted' }, ` · actor: ${sideLabel(p.actor) || 'not named'}`)),
      el('dt', null, 'Date'),
      el('dd', { class: 'claim-date' }, formatClaimDate(p.date, p.datePrecision),
        el('span', { class: 'muted' }, ` · precision: ${p.datePrecision || 'day'}`)),
      el('dt', null, 'Source'),
      el('dd', { class: 'claim-source' },
        href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : el('span', null, title),
        el('span', { class: 'muted' }, ` — ${p.source || 'unknown source'}${p.published ? `, published ${formatDate(p.published, { weekday: false })}` : ''}`))));
}

/**
 * Popup for a claim: that claim first, then every other claim about the same place on the chosen date, so
 * conflicting claims are read together.
 */
export function claimPopupContent(feature, samePlace) {
  const p = feature.properties;
  const conflictIds = new Set((p.conflictsWith || []).map(String));
  const others = samePlace.filter((f) => f !== feature);
  const anyConflict = [feature, ...others].some((f) => (f.properties.conflictsWith || []).length > 0);
  const blocks = [claimBlock(p, { conflicting: conflictIds.size > 0 })];
  for (const f of others) {
    blocks.push(claimBlock(f.properties, { conflicting: (f.properties.conflictsWith || []).length > 0 }));
  }
  return el('div', { class: 'claim-popup', dataset: { claimId: p.id ?? '' } },
    el('div', { class: 'popup-place' },
      el('strong', null, p.placeName || 'Unnamed place'),
      samePlace.length > 1 ? el('span', { class: 'muted' }, ` · ${samePlace.length} claims this date`) : null),
    anyConflict ? el('div', { class: 'conflict-note' }, 'Sources disagree about this place on this date.') : null,
    blocks);
}

function placeKey(f) {
  const p = f.properties || {};
  if (p.placeId !== undefined && p.placeId !== null) return `id:${p.placeId}`;
  const c = f.geometry && f.geometry.coordinates;
  return c ? `xy:${c[0].toFixed(4)},${c[1].toFixed(4)}` : `claim:${p.id}`;
}

/** Claims at the same place on the same day fan out a few pixels around the point so each one is visible. */
function fanOffset(index, count) {
  if (count <= 1) return [0, 0];
  const r = count === 2 ? 8 : 11;
  const a = (-Math.PI / 2) + (2 * Math.PI * index) / count;
  return [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))];
}

/** Above this many claims on one date, claims are drawn on one canvas instead of one DOM element each. */
export const CANVAS_FROM = 300;

/**
 * The chosen date's claims. Up to CANVAS_FROM claims: one SVG symbol per claim (DOM markers, fanned out around
 * shared places). More: the same symbols stamped on one canvas (ClaimCanvas), so 10,000 claims redraw in a
 * few milliseconds. `layer` holds both and is what the layer toggle shows and hides.
 */
export class ClaimsLayer {
  constructor(map) {
    this.map = map;
    this.markers = new Map(); // claim id -> marker (few claims)
    this.byId = new Map(); // claim id -> feature index (many claims)
    this.features = [];
    this.groups = new Map(); // place key -> features
    this.onOpen = null; // (claimId) => void, when a claim's popup opens
    this.mode = 'dom';
    this.lastRedrawMs = null; // clearLayers + addData + drawing, synchronous
    map.createPane('claimsCanvas').style.zIndex = '590';
    const popupOptions = {
      maxWidth: 340,
      minWidth: 240,
      maxHeight: 360,
      // Keep clear of the zoom buttons and the search box (left) and the layer control (right).
      autoPanPaddingTopLeft: [52, 60],
      autoPanPaddingBottomRight: [60, 24],
      className: 'claim-popup-wrap',
    };
    this.popup = L.popup(popupOptions)
      .setContent((layer) => claimPopupContent(layer.feature, this.groups.get(placeKey(layer.feature)) || [layer.feature]));
    this.canvasPopup = L.popup({ ...popupOptions, offset: [0, -4] });
    this.icons = L.geoJSON(null, {
      pointToLayer: (feature, latlng) => this.#marker(feature, latlng),
      onEachFeature: (feature, layer) => this.#bind(feature, layer),
    });
    this.icons.on('popupopen', (e) => {
      const id = e.layer && e.layer.feature ? String(e.layer.feature.properties.id) : null;
      if (id && this.onOpen) this.onOpen(id);
    });
    this.canvas = new ClaimCanvas({ pane: 'claimsCanvas' });
    this.canvas.onPick = (feature, latlng) => this.#openCanvasPopup(feature, latlng);
    this.layer = L.layerGroup([this.icons, this.canvas]).addTo(map);
  }

  ownsPopup(popup) {
    return popup === this.popup || popup === this.canvasPopup;
  }

  #openCanvasPopup(feature, latlng) {
    this.canvasPopup
      .setLatLng(latlng)
      .setContent(claimPopupContent(feature, this.groups.get(placeKey(feature)) || [feature]))
      .openOn(this.map);
    if (this.onOpen) this.onOpen(String(feature.properties.id));
  }

  #marker(feature, latlng) {
    const p = feature.properties;
    const group = this.groups.get(placeKey(feature)) || [feature];
    const [dx, dy] = fanOffset(group.indexOf(feature), group.length);
    const conflict = (p.conflictsWith || []).length > 0;
    const size = 26;
    const icon = L.divIcon({
      className: `claim-marker claim-marker--${SIDES[p.actor] ? p.actor : 'none'}${p.hedged ? ' is-hedged' : ''}`,
      html: symbolSvg({ type: p.type, actor: p.actor, hedged: !!p.hedged, conflict, size }),
      iconSize: [size, size],
      iconAnchor: [size / 2 - dx, size / 2 - dy],
      popupAnchor: [dx, dy - size / 2 + 2],
    });
    return L.marker(latlng, {
      icon,
      title: `${headline(p)} — ${p.claimant || 'unattributed'}`,
      alt: headline(p),
      riseOnHover: true,
      zIndexOffset: p.hedged ? 0 : 100,
    });
  }

  #bind(feature, layer) {
    const id = String(feature.properties.id);
    const p = feature.properties;
    this.markers.set(id, layer);
    layer.bindPopup(this.popup);
    layer.on('add', () => {
      const node = layer.getElement();
      if (node) {
        node.dataset.claimId = id;
        node.dataset.place = p.placeName || '';
        node.dataset.type = p.type || '';
      }
    });
  }

  /**
   * Replace the drawn claims (Leaflet's advice: clearLayers() then addData(), never re-filter). lastRedrawMs
   * is the time from clearing the old claims to the new ones drawn (for the canvas, pixels included).
   */
  setData(collection) {
    const t0 = performance.now();
    this.icons.clearLayers();
    this.markers.clear();
    this.byId.clear();
    this.groups.clear();
    const features = (collection.features || []).filter((f) => f && f.geometry && f.geometry.type === 'Point'
      && Array.isArray(f.geometry.coordinates) && f.properties);
    this.features = features;
    this.mode = features.length > CANVAS_FROM ? 'canvas' : 'dom';
    for (let i = 0; i < features.length; i++) {
      const f = features[i];
      const key = placeKey(f);
      const g = this.groups.get(key);
      if (g) g.push(f);
      else this.groups.set(key, [f]);
      this.byId.set(String(f.properties.id), i);
    }
    if (this.mode === 'canvas') {
      this.canvas.setData(features);
    } else {
      this.canvas.setData([]);
      this.icons.addData({ type: 'FeatureCollection', features });
    }
    this.lastRedrawMs = performance.now() - t0;
    return this.count();
  }

  count() {
    return this.mode === 'canvas' ? this.features.length : this.icons.getLayers().length;
  }

  /** Fly to a claim and open its popup. */
  focus(id) {
    const key = String(id);
    const marker = this.markers.get(key);
    const index = this.byId.get(key);
    if (!marker && (this.mode !== 'canvas' || index === undefined)) return false;
    if (!this.map.hasLayer(this.layer)) this.layer.addTo(this.map);
    const feature = this.features[index];
    const latlng = marker ? marker.getLatLng()
      : L.latLng(feature.geometry.coordinates[1], feature.geometry.coordinates[0]);
    const targetZoom = Math.max(this.map.getZoom(), 8);
    const open = () => (marker ? marker.openPopup() : this.#openCanvasPopup(feature, latlng));
    const inner = this.map.getBounds().pad(-0.15);
    if (this.map.getZoom() >= targetZoom && inner.contains(latlng)) {
      open();
    } else {
      this.map.closePopup();
      this.map.once('moveend', open);
      this.map.flyTo(latlng, targetZoom, { duration: 0.7 });
    }
    return true;
  }
}

/** Every place any article mentions: small grey dots, sized by how often they are mentioned. */
export function placesLayer(map, oblastNames) {
  const layer = L.geoJSON(null, {
    pane: 'places',
    pointToLayer: (feature, latlng) => {
      const m = Number(feature.properties?.mentions) || 1;
      return L.circleMarker(latlng, {
        pane: 'places',
        radius: 2.5 + Math.min(3.5, Math.log2(m + 1)),
        color: '#ffffff',
        weight: 1,
        fillColor: '#6b7280',
        fillOpacity: 0.85,
        className: 'place-dot',
      });
    },
    onEachFeature: (feature, layer) => {
      const p = feature.properties || {};
      const m = Number(p.mentions) || 0;
      const label = `${p.name || 'Unnamed'} · ${m} mention${m === 1 ? '' : 's'}`;
      layer.bindTooltip(label, { direction: 'top', offset: [0, -4], className: 'place-tooltip' });
      layer.bindPopup(() => {
        const oblast = oblastNames[p.admin1];
        return el('div', { class: 'place-popup' },
          el('strong', null, p.name || 'Unnamed place'),
          el('div', { class: 'muted' }, [oblast || (p.admin1 ? `admin1 ${p.admin1}` : null), p.featureCode].filter(Boolean).join(' · ')),
          el('div', null, `${m} mention${m === 1 ? '' : 's'} in the articles`),
          p.placeId !== undefined ? el('div', { class: 'muted small' }, `Gazetteer id ${p.placeId}`) : null);
      }, { maxWidth: 260 });
    },
  });
  return layer;
}

export const CONTROL_STYLE = {
  UA: { color: '#2563c9', fillColor: '#2563c9' },
  RU: { color: '#d3273e', fillColor: '#d3273e' },
  contested: { color: '#e59e0b', fillColor: '#f5b93a' },
};

/** Areas that changed side since the previous claim day, coloured by the side that took them. */
export const CHANGE_STYLE = {
  UA: { color: '#123f8c', fillColor: '#2563c9' },
  RU: { color: '#8e1022', fillColor: '#d3273e' },
  contested: { color: '#9a5b00', fillColor: '#f5b93a' },
};

/**
 * A per-date layer from an endpoint that may not exist yet (/api/control, /api/frontline, /api/changes).
 * `fetcher(date)` resolves to a FeatureCollection, or null when the endpoint is not available (404). It loads
 * only while shown: show() after a hidden date change fetches the date it missed.
 */
export class DatedLayer {
  constructor(map, { key, name, fetcher, options }) {
    this.map = map;
    this.key = key;
    this.name = name;
    this.fetcher = fetcher;
    this.layer = L.geoJSON(null, options);
    this.available = null; // unknown until the first fetch; false after a 404
    this.checkedAt = 0;
    this.wanted = null; // the date the map shows
    this.loaded = null; // the date whose features are drawn
    this.features = 0;
  }

  get visible() {
    return this.map.hasLayer(this.layer);
  }

  /**
   * Load `date` if the layer is shown (or its availability unknown). A missing endpoint is asked again at
   * most once a minute, so a back end that gains it lights the layer up without a reload.
   */
  async load(date, signal, { force = false } = {}) {
    this.wanted = date;
    if (this.available === false && Date.now() - this.checkedAt < 60000 && !force) return this.available;
    if (this.available === true && !this.visible && !force) return this.available;
    if (this.loaded === date && this.available) return this.available;
    const fc = await this.fetcher(date, signal);
    if (signal && signal.aborted) return this.available;
    this.checkedAt = Date.now();
    this.layer.clearLayers();
    this.available = fc !== null;
    if (fc) this.layer.addData(fc);
    this.features = fc ? fc.features.length : 0;
    this.loaded = fc ? date : null;
    return this.available;
  }
}

/** A point inside-ish a polygon for its label: the area-weighted centroid of its largest ring. */
export function labelPoint(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best = null;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0; let cx = 0; let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f;
      cx += (ring[j][0] + ring[i][0]) * f;
      cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (a !== 0 && (!best || Math.abs(a) > best.area)) best = { area: Math.abs(a), lon: cx / (3 * a), lat: cy / (3 * a) };
  }
  return best ? [best.lat, best.lon] : null;
}
