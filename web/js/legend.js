// The layer list (a toggle, a swatch and a note per layer: control areas by side, the front line, changes
// since the previous claim day, claims, places, oblasts, reference labels) and the claim-symbol key (sides by
// colour, types by glyph, hedged and conflicting variants).

import { el, formatDate, svgNode } from './dom.js';
import { CHANGE_STYLE, CONTROL_STYLE } from './layers.js';
import { SIDES, TYPES, symbolSvg } from './symbols.js';

function row(symbol, label, cls = '') {
  return el('li', { class: `legend-row ${cls}` }, el('span', { class: 'legend-sym' }, symbol), el('span', null, label));
}

function sym(opts) {
  return svgNode(symbolSvg({ size: 20, ...opts }));
}

const area = (style, cls = '') => el('span', { class: `legend-area ${cls}`, style: { background: style.fillColor, borderColor: style.color } });

/** Swatches under each layer's toggle: what its colours mean. */
function key(entry) {
  switch (entry.key) {
    case 'control':
      return [row(area(CONTROL_STYLE.UA), `Held by ${SIDES.UA.label}`), row(area(CONTROL_STYLE.RU), `Held by ${SIDES.RU.label}`),
        row(area(CONTROL_STYLE.contested), 'Contested')];
    case 'frontline':
      return [row(el('span', { class: 'legend-line' }), 'Line between the sides')];
    case 'changes':
      return [row(area(CHANGE_STYLE.UA, 'is-change'), `Gained by ${SIDES.UA.label} (lost by ${SIDES.RU.label})`),
        row(area(CHANGE_STYLE.RU, 'is-change'), `Gained by ${SIDES.RU.label} (lost by ${SIDES.UA.label})`)];
    case 'places':
      return [row(el('span', { class: 'legend-dot' }), 'Size: how often the articles name it')];
    default:
      return [];
  }
}

/**
 * entries: [{ key, label, on, available: true|false|null, note }]. A layer the server does not serve is a
 * disabled toggle with the reason; it lights up by itself once the endpoint answers. Rows are updated in
 * place, so a toggle keeps keyboard focus across updates.
 */
export function renderLayerList(container, entries, { onToggle }) {
  let list = container.querySelector('.layer-list');
  if (!list) {
    list = el('ul', { class: 'layer-list' });
    container.replaceChildren(list);
  }
  for (const e of entries) {
    let row = list.querySelector(`.layer-row[data-layer="${e.key}"]`);
    if (!row) {
      const id = `layer-toggle-${e.key}`;
      const input = el('input', { type: 'checkbox', id, class: 'layer-toggle', dataset: { layer: e.key } });
      input.addEventListener('change', () => onToggle(e.key, input.checked));
      row = el('li', { class: 'layer-row', dataset: { layer: e.key } },
        el('label', { for: id, class: 'layer-label' }, input, el('span', null, e.label)),
        el('div', { class: 'layer-note' }),
        el('ul', { class: 'legend-list layer-key' }, key(e)));
      list.appendChild(row);
    }
    const disabled = e.available === false;
    const input = row.querySelector('input');
    input.checked = !!e.on && !disabled;
    input.disabled = disabled;
    row.classList.toggle('is-unavailable', disabled);
    row.dataset.available = String(e.available);
    const note = e.note || (disabled ? 'not served by this server yet' : e.available === null ? 'checking…' : '');
    const noteNode = row.querySelector('.layer-note');
    noteNode.textContent = note;
    noteNode.hidden = !note;
    const keyNode = row.querySelector('.layer-key');
    keyNode.hidden = disabled || !keyNode.children.length;
  }
}

export function renderLegend(container) {
  const sides = el('ul', { class: 'legend-list' },
    row(sym({ type: 'other', actor: 'UA' }), `${SIDES.UA.label} (actor)`),
    row(sym({ type: 'other', actor: 'RU' }), `${SIDES.RU.label} (actor)`),
    row(sym({ type: 'other', actor: null }), 'No side named'));
  const types = el('ul', { class: 'legend-list legend-types' },
    Object.entries(TYPES).map(([k, t]) => row(sym({ type: k, actor: null }), t.label)));
  const variants = el('ul', { class: 'legend-list' },
    row(sym({ type: 'captured', actor: 'RU', hedged: true }), 'Hedged: reported, unverified'),
    row(sym({ type: 'captured', actor: 'UA', conflict: true }), 'Contradicted by another claim'));
  const details = el('details', { class: 'legend-details' },
    el('summary', null, 'Claim symbols'),
    el('div', { class: 'legend-grid' },
      el('div', null, el('h3', null, 'Who acts'), sides, el('h3', null, 'How to read'), variants),
      el('div', null, el('h3', null, 'What happened'), types)));
  details.open = window.matchMedia('(min-width: 721px)').matches;
  container.replaceChildren(details);
}

/** "Changes since 25 Feb 2022" */
export function changesLabel(from) {
  return from ? `Changes since ${formatDate(from, { weekday: false })}` : 'Changes since the previous claim day';
}
