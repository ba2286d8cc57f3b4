// The side panel: one .claim-item per claim of the chosen date. Clicking an item (or Enter/Space on it) flies
// the map to the claim and opens its popup.

import { clear, el, formatClaimDate } from './dom.js';
import { quoteNodes } from './layers.js';
import { headline, side, symbolSvg } from './symbols.js';

const TYPE_ORDER = ['captured', 'withdrawn', 'advance', 'repelled', 'fighting', 'strike', 'evacuation', 'other'];

function order(a, b) {
  const pa = a.properties;
  const pb = b.properties;
  return String(pa.placeName || '').localeCompare(String(pb.placeName || ''))
    || TYPE_ORDER.indexOf(pa.type) - TYPE_ORDER.indexOf(pb.type)
    || String(pa.id).localeCompare(String(pb.id));
}

export function renderClaims(list, countNode, features, { onSelect, date, failed = false }) {
  clear(list);
  const sorted = features.slice().sort(order);
  countNode.textContent = failed ? '–' : String(sorted.length);
  if (!sorted.length) {
    let message = 'No claims on this date.';
    if (failed) message = 'The claims for this date could not be loaded. Try again, or pick another date.';
    else if (!date) message = 'No claims yet: once articles are processed, their dates appear here.';
    list.appendChild(el('li', { class: `claims-empty${failed ? ' is-error' : ''}` }, message));
    return;
  }
  for (const f of sorted) {
    const p = f.properties;
    const conflict = (p.conflictsWith || []).length > 0;
    const sym = el('span', { class: 'sym-wrap' });
    sym.innerHTML = symbolSvg({ type: p.type, actor: p.actor, hedged: !!p.hedged, conflict, size: 26 });
    const meta = [p.claimant || 'unattributed', p.source].filter(Boolean).join(' · ');
    const precision = p.datePrecision && p.datePrecision !== 'day' ? formatClaimDate(p.date, p.datePrecision) : null;
    const item = el('li', {
      class: `claim-item${p.hedged ? ' is-hedged' : ''}${conflict ? ' is-conflict' : ''}`,
      tabindex: '0',
      role: 'button',
      'aria-label': `${headline(p)}, claimed by ${p.claimant || 'unattributed'}. Show on map.`,
      dataset: { claimId: String(p.id), place: p.placeName || '', type: p.type || '', actor: p.actor || '' },
      style: { '--side': side(p.actor).fill },
    },
    sym,
    el('div', { class: 'claim-body' },
      el('div', { class: 'claim-line' },
        el('span', { class: 'claim-place' }, p.placeName || 'Unnamed place'),
        p.hedged ? el('span', { class: 'badge badge-hedged' }, 'hedged') : null,
        conflict ? el('span', { class: 'badge badge-conflict' }, 'conflict') : null,
        precision ? el('span', { class: 'badge badge-precision', title: 'Date known only to this precision' }, precision) : null),
      el('div', { class: 'claim-headline' }, headline(p)),
      el('div', { class: 'claim-by' }, meta),
      el('p', { class: 'claim-excerpt' }, quoteNodes(p, { lead: 70 }))));
    const select = () => onSelect(String(p.id));
    item.addEventListener('click', (e) => {
      if (e.target.closest('a')) return;
      select();
    });
    item.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select();
      }
    });
    list.appendChild(item);
  }
}

export function markSelected(list, id) {
  for (const item of list.querySelectorAll('.claim-item')) {
    item.classList.toggle('is-selected', item.dataset.claimId === id);
  }
}
