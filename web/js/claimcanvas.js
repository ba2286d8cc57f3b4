// Many claims on one date (thousands): one canvas layer instead of one Leaflet layer object per claim. Each
// claim is a pre-rendered sprite (side colour, type glyph, hollow and dashed when hedged, amber notch when
// contradicted: the same vocabulary as the SVG symbols) stamped with drawImage, so 10,000 claims draw in a few
// milliseconds. Clicks and hover are hit-tested against the projected points.

import { GLYPH_PATHS, side } from './symbols.js';

const L = window.L;
const SIZE = 18; // CSS pixels of one symbol
const HIT = 9; // hit radius in CSS pixels

const sprites = new Map();

/** The symbol of one (actor, type, hedged, conflict) combination, drawn once per device pixel ratio. */
function sprite(actor, type, hedged, conflict, dpr) {
  const key = `${actor}|${type}|${hedged}|${conflict}|${dpr}`;
  let c = sprites.get(key);
  if (c) return c;
  c = document.createElement('canvas');
  c.width = c.height = Math.ceil(SIZE * dpr);
  const ctx = c.getContext('2d');
  const s = side(actor);
  ctx.scale((SIZE * dpr) / 24, (SIZE * dpr) / 24); // the SVG symbol's 24-unit grid
  ctx.beginPath();
  ctx.arc(12, 12, 9.4, 0, Math.PI * 2);
  ctx.fillStyle = hedged ? '#ffffff' : s.fill;
  ctx.fill();
  ctx.lineWidth = 2.4;
  ctx.strokeStyle = hedged ? s.fill : s.stroke;
  if (hedged) ctx.setLineDash([3.1, 2.2]);
  ctx.stroke();
  ctx.setLineDash([]);
  const ink = hedged ? s.fill : '#ffffff';
  ctx.save();
  ctx.translate(4, 4);
  ctx.lineWidth = 1.7;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  const glyph = new Path2D(GLYPH_PATHS[type] || GLYPH_PATHS.other);
  if (!GLYPH_PATHS[type] || type === 'other') ctx.fill(glyph);
  else ctx.stroke(glyph);
  ctx.restore();
  if (conflict) {
    ctx.beginPath();
    ctx.arc(19.6, 4.4, 3.6, 0, Math.PI * 2);
    ctx.fillStyle = '#f59e0b';
    ctx.fill();
    ctx.lineWidth = 1.4;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  sprites.set(key, c);
  return c;
}

export const ClaimCanvas = L.Layer.extend({
  options: { pane: 'claimsCanvas' },

  initialize(options) {
    L.setOptions(this, options);
    this.features = [];
    this.lons = new Float64Array(0);
    this.lats = new Float64Array(0);
    this.images = [];
    this.order = new Int32Array(0);
    this.hedged = new Uint8Array(0);
    this.xs = new Float64Array(0); // projected points (pixel coordinates at the current zoom)
    this.ys = new Float64Array(0);
    this.onPick = null; // (feature) => void
  },

  onAdd(map) {
    this.canvas = L.DomUtil.create('canvas', 'claims-canvas leaflet-zoom-hide');
    this.getPane().appendChild(this.canvas);
    this.ctx = this.canvas.getContext('2d');
    this.projectedZoom = null;
    this.redraw();
  },

  onRemove() {
    L.DomUtil.remove(this.canvas);
    this.canvas = null;
    this._map.getContainer().style.cursor = '';
  },

  getEvents() {
    return { moveend: this.redraw, zoomend: this.redraw, resize: this.redraw, click: this._onClick, mousemove: this._onMove };
  },

  /** Replace the claims; draws at once when on the map. */
  setData(features) {
    this.features = features;
    const n = features.length;
    this.lons = new Float64Array(n);
    this.lats = new Float64Array(n);
    this.images = new Array(n);
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.hedged = new Uint8Array(n);
    this.projectedZoom = null;
    const dpr = window.devicePixelRatio || 1;
    let firm = 0;
    for (let i = 0; i < n; i++) {
      const f = features[i];
      const p = f.properties;
      this.lons[i] = f.geometry.coordinates[0];
      this.lats[i] = f.geometry.coordinates[1];
      this.hedged[i] = p.hedged ? 1 : 0;
      if (!p.hedged) firm += 1;
      this.images[i] = sprite(p.actor === 'UA' || p.actor === 'RU' ? p.actor : 'none', p.type, !!p.hedged,
        !!(p.conflictsWith && p.conflictsWith.length), dpr);
    }
    // Draw order: hedged claims first, so the firmer claims are drawn on top of them.
    this.order = new Int32Array(n);
    let h = 0;
    let k = n - firm;
    for (let i = 0; i < n; i++) this.order[this.hedged[i] ? h++ : k++] = i;
    if (this._map) this.redraw();
    return this;
  },

  latLng(i) {
    return L.latLng(this.lats[i], this.lons[i]);
  },

  /** Web Mercator pixel coordinates at the map's zoom, inlined (map.project allocates per point). */
  _project() {
    const map = this._map;
    const zoom = map.getZoom();
    if (this.projectedZoom === zoom) return;
    const scale = map.options.crs.scale(zoom);
    const d = Math.PI / 180;
    const max = 0.9999999; // Leaflet's SphericalMercator.MAX_LATITUDE, as a sine
    for (let i = 0; i < this.lons.length; i++) {
      const sin = Math.max(Math.min(Math.sin(this.lats[i] * d), max), -max);
      this.xs[i] = scale * (0.5 + this.lons[i] / 360);
      this.ys[i] = scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
    }
    this.projectedZoom = zoom;
  },

  redraw() {
    const map = this._map;
    if (!map || !this.canvas) return this;
    const size = map.getSize();
    const dpr = window.devicePixelRatio || 1;
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(this.canvas, topLeft);
    if (this.canvas.width !== Math.round(size.x * dpr) || this.canvas.height !== Math.round(size.y * dpr)) {
      this.canvas.width = Math.round(size.x * dpr);
      this.canvas.height = Math.round(size.y * dpr);
      this.canvas.style.width = `${size.x}px`;
      this.canvas.style.height = `${size.y}px`;
    }
    this._project();
    const origin = map.getPixelBounds().min; // pixel coordinates of the container's top left corner
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const half = SIZE / 2;
    const d = SIZE * dpr;
    const ox = origin.x + half;
    const oy = origin.y + half;
    for (let k = 0; k < this.order.length; k++) {
      const i = this.order[k];
      const x = this.xs[i] - ox; // top left of the symbol
      const y = this.ys[i] - oy;
      if (x < -SIZE || y < -SIZE || x > size.x || y > size.y) continue;
      ctx.drawImage(this.images[i], Math.round(x * dpr), Math.round(y * dpr), d, d);
    }
    return this;
  },

  /** The index of the claim drawn under a container point, or -1. Firm claims win over hedged ones. */
  hit(containerPoint) {
    if (!this._map || !this.xs.length) return -1;
    this._project();
    const origin = this._map.getPixelBounds().min;
    const px = containerPoint.x + origin.x;
    const py = containerPoint.y + origin.y;
    let best = -1;
    let bestScore = Infinity;
    for (let i = 0; i < this.xs.length; i++) {
      const dx = this.xs[i] - px;
      const dy = this.ys[i] - py;
      const d2 = dx * dx + dy * dy;
      if (d2 > HIT * HIT) continue;
      const score = d2 + (this.hedged[i] ? HIT * HIT : 0);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  },

  _onClick(e) {
    const i = this.hit(e.containerPoint);
    if (i >= 0 && this.onPick) this.onPick(this.features[i], this.latLng(i));
  },

  _onMove(e) {
    this._map.getContainer().style.cursor = this.hit(e.containerPoint) >= 0 ? 'pointer' : '';
  },
});
