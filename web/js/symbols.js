// The visual vocabulary shared by the map, the side panel and the legend: one colour per side, one glyph per
// claim type, and a hollow dashed variant for hedged claims ("Russia claims", "unable to verify").

export const SIDES = {
  UA: { label: 'Ukraine', fill: '#2563c9', stroke: '#ffd02f', text: '#1d4f9f' },
  RU: { label: 'Russia', fill: '#d3273e', stroke: '#ffffff', text: '#b01f33' },
  none: { label: 'No side named', fill: '#6b7380', stroke: '#ffffff', text: '#4b5563' },
};

export function side(actor) {
  return SIDES[actor] || SIDES.none;
}

// Glyph paths drawn white on a 16x16 grid inside the marker circle. Plain path data, so the same glyphs serve
// the SVG symbols (few claims) and Path2D on the canvas renderer (thousands of claims).
export const GLYPH_PATHS = {
  captured: 'M5.5 12.5v-9M5.5 3.8h5.2l-1.3 2.1 1.3 2.1H5.5',
  withdrawn: 'M11.5 8h-7M7 5.3 4.3 8 7 10.7',
  advance: 'M4.5 5l3 3-3 3M8.5 5l3 3-3 3',
  repelled: 'M8 3.6l3.6 1.3v2.8c0 2.1-1.6 3.6-3.6 4.4-2-.8-3.6-2.3-3.6-4.4V4.9z',
  fighting: 'M4.6 4.6l6.8 6.8M11.4 4.6l-6.8 6.8',
  strike: 'M8 3.2v2.6M8 10.2v2.6M3.2 8h2.6M10.2 8h2.6M4.6 4.6l1.8 1.8M9.6 9.6l1.8 1.8M11.4 4.6 9.6 6.4M6.4 9.6l-1.8 1.8',
  evacuation: 'M7 3.8H4.3v8.4H7M7.2 8h5M10.3 5.9 12.4 8l-2.1 2.1',
  other: 'M9.7 8a1.7 1.7 0 1 1-3.4 0a1.7 1.7 0 1 1 3.4 0z',
};
const GLYPH = Object.fromEntries(Object.entries(GLYPH_PATHS).map(([k, d]) => [k,
  k === 'other' ? `<path d="${d}" fill="currentColor"/>` : `<path d="${d}"/>`]));

export const TYPES = {
  captured: { label: 'Captured', verb: 'captured', nounless: 'Captured' },
  withdrawn: { label: 'Withdrew', verb: 'withdrew from', nounless: 'Withdrawal from' },
  advance: { label: 'Advance', verb: 'advanced on', nounless: 'Advance on' },
  repelled: { label: 'Repelled attack', verb: 'repelled an attack at', nounless: 'Attack repelled at' },
  fighting: { label: 'Fighting', verb: 'fighting at', nounless: 'Fighting at' },
  strike: { label: 'Strike', verb: 'struck', nounless: 'Strike on' },
  evacuation: { label: 'Evacuation', verb: 'evacuating', nounless: 'Evacuation of' },
  other: { label: 'Other', verb: 'reported at', nounless: 'Reported at' },
};

export function typeInfo(type) {
  return TYPES[type] || TYPES.other;
}

/** "Ukraine captured Balakliia", "Fighting at Obolon". */
export function headline(p) {
  const t = typeInfo(p.type);
  const place = p.placeName || 'an unnamed place';
  if (p.actor && SIDES[p.actor]) {
    if (p.type === 'fighting') return `${SIDES[p.actor].label}: fighting at ${place}`;
    return `${SIDES[p.actor].label} ${t.verb} ${place}`;
  }
  return `${t.nounless} ${place}`;
}

/**
 * SVG markup of a claim symbol. Ours, built from whitelisted keys only, so it is safe to parse as markup.
 * Hedged claims are hollow with a dashed ring; a conflict adds an amber notch.
 */
export function symbolSvg({ type, actor, hedged = false, conflict = false, size = 24 }) {
  const s = side(actor);
  const glyph = GLYPH[type] || GLYPH.other;
  const fill = hedged ? '#ffffff' : s.fill;
  const ring = hedged ? s.fill : s.stroke;
  const ink = hedged ? s.fill : '#ffffff';
  const dash = hedged ? ' stroke-dasharray="3.1 2.2"' : '';
  const badge = conflict
    ? '<circle cx="19.6" cy="4.4" r="3.6" fill="#f59e0b" stroke="#ffffff" stroke-width="1.4"/>'
    : '';
  return `<svg class="sym" width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">`
    + `<circle cx="12" cy="12" r="9.4" fill="${fill}" stroke="${ring}" stroke-width="2.4"${dash}/>`
    + `<g transform="translate(4 4)" fill="none" stroke="${ink}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" color="${ink}">${glyph}</g>`
    + `${badge}</svg>`;
}
