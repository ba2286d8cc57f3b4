// The side panel: one .claim-item per claim of the chosen date. Clicking an item (or Enter/Space on it) flies
// the map to the claim and opens its popup.

import { clear, el, formatClaimDate, formatDate } from './dom.js';
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

/** More than this many claims on one date: the list shows the first ones and says how to get the rest. */
export const PANEL_LIMIT = 200;

function jumpButton(date, label, onJump) {
  return el('button', { type: 'button', class: 'btn jump-btn', dataset: { date }, onclick: () => onJump(date) }, label);
}

export function renderClaims(list, countNode, features, { onSelect, date, failed = false, previous = null, next = null, onJump }) {
  clear(list);
  const sorted = features.length > PANEL_LIMIT ? features.slice().sort(order).slice(0, PANEL_LIMIT) : features.slice().sort(order);
  countNode.textContent = failed ? '–' : String(features.length);
  if (!sorted.length) {
    let message = 'No claims on this day. The map shows the control state of this day.';
    if (failed) message = 'The claims for this date could not be loaded. Try again, or pick another date.';
    else if (!date) message = 'No claims yet: once articles are processed, their dates appear here.';
    const jumps = !failed && date && onJump ? [
      previous ? jumpButton(previous, `← ${formatDate(previous, { weekday: false })}`, onJump) : null,
      next ? jumpButton(next, `${formatDate(next, { weekday: false })} →`, onJump) : null,
    ].filter(Boolean) : [];
    list.appendChild(el('li', { class: `claims-empty${failed ? ' is-error' : ''}` }, message,
      jumps.length ? el('div', { class: 'jumps' }, el('span', { class: 'muted' }, 'Nearest claim days: '), jumps) : null));
    return;
  }
  if (features.length > sorted.length) {
    list.appendChild(el('li', { class: 'claims-more' },
      `Showing ${sorted.length} of ${features.length.toLocaleString('en-GB')} claims. All of them are on the map and in the downloads.`));
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
