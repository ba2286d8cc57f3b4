// The legend: sides by colour, claim types by glyph, hedged and conflicting variants, places, and (once the
// back end serves them) control areas and the front line.

import { el, svgNode } from './dom.js';
import { CONTROL_STYLE } from './layers.js';
import { SIDES, TYPES, symbolSvg } from './symbols.js';

function row(symbol, label, cls = '') {
  return el('li', { class: `legend-row ${cls}` }, el('span', { class: 'legend-sym' }, symbol), el('span', null, label));
}

function sym(opts) {
  return svgNode(symbolSvg({ size: 20, ...opts }));
}

export function renderLegend(container, { control = false, frontline = false } = {}) {
  const sides = el('ul', { class: 'legend-list' },
    row(sym({ type: 'other', actor: 'UA' }), `${SIDES.UA.label} (actor)`),
    row(sym({ type: 'other', actor: 'RU' }), `${SIDES.RU.label} (actor)`),
    row(sym({ type: 'other', actor: null }), 'No side named'));
  const types = el('ul', { class: 'legend-list legend-types' },
    Object.entries(TYPES).map(([key, t]) => row(sym({ type: key, actor: null }), t.label)));
  const variants = el('ul', { class: 'legend-list' },
    row(sym({ type: 'captured', actor: 'RU', hedged: true }), 'Hedged: reported, unverified'),
    row(sym({ type: 'captured', actor: 'UA', conflict: true }), 'Contradicted by another claim'),
    row(el('span', { class: 'legend-dot' }), 'Place named in the articles'));
  const areas = [];
  if (control) {
    for (const [key, label] of [['UA', 'Held by Ukraine'], ['RU', 'Held by Russia'], ['contested', 'Contested']]) {
      areas.push(row(el('span', { class: 'legend-area', style: { background: CONTROL_STYLE[key].fillColor } }), label));
    }
  }
  if (frontline) areas.push(row(el('span', { class: 'legend-line' }), 'Front line'));

  const details = el('details', { class: 'legend-details' },
    el('summary', null, 'Legend'),
    el('div', { class: 'legend-grid' },
      el('div', null, el('h3', null, 'Who acts'), sides, el('h3', null, 'How to read'), variants,
        areas.length ? [el('h3', null, 'Areas'), el('ul', { class: 'legend-list' }, areas)] : null),
      el('div', null, el('h3', null, 'What happened'), types)));
  details.open = window.matchMedia('(min-width: 721px)').matches;
  container.replaceChildren(details);
}
