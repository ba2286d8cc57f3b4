// Place search on the map: type a name (any spelling the gazetteer knows: Kharkov, Харків, Kupyansk), pick a
// result from /api/gazetteer, and the map flies there and drops a temporary marker with the place's name.

import { api } from './api.js';
import { clear, el } from './dom.js';

const L = window.L;
const MARKER_MS = 60000;

function zoomFor(p) {
  if (p.featureClass === 'A') return 7;
  const pop = Number(p.population) || 0;
  return pop >= 500000 ? 9.5 : pop >= 50000 ? 10.5 : 12;
}

function describe(p) {
  const where = [p.admin1Name, p.country].filter(Boolean).join(', ');
  const pop = Number(p.population) > 0 ? `pop. ${Number(p.population).toLocaleString('en-GB')}` : null;
  return [where, p.featureCode, pop].filter(Boolean).join(' · ');
}

export class PlaceSearch {
  /** nodes: { form, input, clear, results }; onPick(feature) after flying there */
  constructor(map, nodes, { onPick, onError } = {}) {
    this.map = map;
    this.n = nodes;
    this.onPick = onPick;
    this.onError = onError;
    this.features = [];
    this.active = -1;
    this.timer = null;
    this.seq = 0;
    this.marker = null;
    this.markerTimer = null;
    this.lastQuery = '';

    L.DomEvent.disableClickPropagation(nodes.form);
    L.DomEvent.disableScrollPropagation(nodes.form);
    nodes.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(nodes.input.value), 180);
    });
    nodes.input.addEventListener('keydown', (e) => this.#onKey(e));
    nodes.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      const fresh = !nodes.results.hidden && this.lastQuery === nodes.input.value.trim();
      (fresh ? Promise.resolve() : this.search(nodes.input.value))
        .then(() => { if (this.features.length) this.pick(Math.max(0, this.active)); });
    });
    nodes.clear.addEventListener('click', () => {
      nodes.input.value = '';
      this.#close();
      this.removeMarker();
      nodes.input.focus();
    });
    document.addEventListener('click', (e) => { if (!nodes.form.contains(e.target)) this.#close(); });
  }

  async search(text) {
    const q = text.trim();
    const seq = ++this.seq;
    if (q.length < 2) {
      this.#close();
      return;
    }
    let fc;
    try {
      fc = await api.gazetteer(q, 8);
    } catch (e) {
      if (seq === this.seq && this.onError) this.onError(`Place search failed: ${e.message}`);
      return;
    }
    if (seq !== this.seq) return; // a newer query is on its way
    this.lastQuery = q;
    this.features = fc.features.filter((f) => f.geometry && f.geometry.type === 'Point');
    this.#render();
  }

  pick(i) {
    const f = this.features[i];
    if (!f) return;
    const p = f.properties || {};
    const [lon, lat] = f.geometry.coordinates;
    this.n.input.value = p.name || this.n.input.value;
    this.#close();
    this.removeMarker();
    const label = el('span', { class: 'search-marker-label' }, p.name || 'place');
    this.marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'search-marker', html: '<span class="search-pin"></span>', iconSize: [22, 30], iconAnchor: [11, 29] }),
      keyboard: false,
      zIndexOffset: 1000,
      title: p.name || '',
    }).bindTooltip(label, { permanent: true, direction: 'right', offset: [10, -16], className: 'search-tooltip' }).addTo(this.map);
    this.marker.getElement()?.setAttribute('data-place-id', String(p.placeId ?? ''));
    this.markerTimer = setTimeout(() => this.removeMarker(), MARKER_MS);
    this.map.flyTo([lat, lon], Math.max(this.map.getZoom(), zoomFor(p)), { duration: 0.8 });
    if (this.onPick) this.onPick(f);
  }

  removeMarker() {
    clearTimeout(this.markerTimer);
    if (this.marker) this.marker.remove();
    this.marker = null;
  }

  #render() {
    const list = clear(this.n.results);
    if (!this.features.length) {
      list.appendChild(el('li', { class: 'search-empty' }, `No place called “${this.lastQuery}” in the gazetteer.`));
    }
    this.features.forEach((f, i) => {
      const p = f.properties || {};
      const alias = p.matchedName && p.name && p.matchedName.toLowerCase() !== p.name.toLowerCase() ? `matched “${p.matchedName}”` : null;
      const item = el('li', {
        class: 'search-result',
        role: 'option',
        id: `search-result-${i}`,
        'aria-selected': 'false',
        dataset: { index: i, placeId: String(p.placeId ?? ''), name: p.name || '' },
      },
      el('span', { class: 'search-name' }, p.name || 'Unnamed'),
      el('span', { class: 'search-detail' }, describe(p)),
      alias ? el('span', { class: 'search-alias' }, alias) : null);
      item.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
      item.addEventListener('click', () => this.pick(i));
      list.appendChild(item);
    });
    this.active = this.features.length ? 0 : -1;
    this.#highlight();
    list.hidden = false;
    this.n.input.setAttribute('aria-expanded', 'true');
  }

  #highlight() {
    for (const item of this.n.results.querySelectorAll('.search-result')) {
      const on = Number(item.dataset.index) === this.active;
      item.classList.toggle('is-active', on);
      item.setAttribute('aria-selected', String(on));
    }
    if (this.active >= 0) this.n.input.setAttribute('aria-activedescendant', `search-result-${this.active}`);
    else this.n.input.removeAttribute('aria-activedescendant');
  }

  #close() {
    this.n.results.hidden = true;
    this.n.input.setAttribute('aria-expanded', 'false');
  }

  #onKey(e) {
    const open = !this.n.results.hidden && this.features.length;
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      this.active = (this.active + 1) % this.features.length;
      this.#highlight();
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      this.active = (this.active - 1 + this.features.length) % this.features.length;
      this.#highlight();
    } else if (e.key === 'Escape') {
      this.#close();
    }
  }
}
