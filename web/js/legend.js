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
function key(entry, ctx) {
  switch (entry.key) {
    case 'control':
      return [row(area(CONTROL_STYLE.UA), `Held by ${SIDES.UA.label}`), row(area(CONTROL_STYLE.RU), `Held by ${SIDES.RU.label}`),
        row(area(CONTROL_STYLE.contested), 'Contested')];
    case 'frontline':
      return [row(el('span', { class: 'legend-line' }), 'Line between the sides')];
    case 'changes':
      return [row(area(CHANGE_STYLE.UA, 'is-change'), `Gained by ${SIDES.UA.label} (lost by ${SIDES.RU.label})`),
        row(area(CHANGE_STYLE.RU, 'is-change'), `Gained by ${SIDES.RU.label} (lost by ${SIDES.UA.label})`)];
    case 'claims':
      return ctx.canvas ? [row(el('span', { class: 'legend-note' }, 'ⓘ'), 'Many claims: drawn as plain symbols on one canvas')] : [];
    case 'places':
      return [row(el('span', { class: 'legend-dot' }), 'Size: how often the articles name it')];
    default:
      return [];
  }
}

/**
 * entries: [{ key, label, on, available: true|false|null, note }]. A layer the server does not serve is a
 * disabled toggle with the reason; it lights up by itself once the endpoint answers.
 */
export function renderLayerList(container, entries, { onToggle, canvas = false }) {
  const list = el('ul', { class: 'layer-list' }, entries.map((e) => {
    const id = `layer-toggle-${e.key}`;
    const disabled = e.available === false;
    const input = el('input', { type: 'checkbox', id, class: 'layer-toggle', dataset: { layer: e.key } });
    input.checked = !!e.on && !disabled;
    input.disabled = disabled;
    input.addEventListener('change', () => onToggle(e.key, input.checked));
    const note = e.note || (disabled ? 'not served by this server yet' : e.available === null ? 'checking…' : null);
    const swatches = key(e, { canvas });
    return el('li', { class: `layer-row${disabled ? ' is-unavailable' : ''}`, dataset: { layer: e.key, available: String(e.available) } },
      el('label', { for: id, class: 'layer-label' }, input, el('span', null, e.label)),
      note ? el('div', { class: 'layer-note' }, note) : null,
      swatches.length && !disabled ? el('ul', { class: 'legend-list layer-key' }, swatches) : null);
  }));
  container.replaceChildren(list);
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
