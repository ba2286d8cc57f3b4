// The date control. The slider runs over every calendar day from the first to the last day with claims, with a
// tick on each claim day; previous/next and play step from claim day to claim day; the date field jumps to any
// day in the range (a day without claims shows the control state of that day and an empty claims list); the
// left/right arrow keys step claim days, Shift+arrows single days. It only knows dates; main.js decides what a
// date change loads.

import { clear, el, formatDate } from './dom.js';

const PLAY_STEP_MS = 1600;
const DAY_MS = 86400000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toIso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export class Timeline {
  /**
   * @param {object} nodes  { slider, label, sub, prev, next, play, ticks, input }
   * @param {(date: string) => Promise<void>|void} onChange  called once per settled date change
   */
  constructor(nodes, onChange) {
    this.n = nodes;
    this.onChange = onChange;
    this.claimDays = []; // ISO dates with claims, ascending
    this.first = 0; // day numbers (days since 1970-01-01) of the range
    this.last = -1;
    this.day = null; // the selected day number
    this.playing = false;
    this.debounce = null;

    this.n.prev.addEventListener('click', () => { this.pause(); this.stepClaimDay(-1); });
    this.n.next.addEventListener('click', () => { this.pause(); this.stepClaimDay(1); });
    this.n.play.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    // While dragging, the label follows the thumb at once; data loads when the thumb rests.
    this.n.slider.addEventListener('input', () => {
      this.pause();
      this.#select(this.first + Number(this.n.slider.value), { debounceMs: 140 });
    });
    this.n.slider.addEventListener('change', () => this.#select(this.first + Number(this.n.slider.value), { debounceMs: 0 }));
    this.n.input.addEventListener('change', () => {
      const v = this.n.input.value;
      if (!ISO.test(v)) { this.#renderLabel(); return; }
      this.pause();
      this.setDate(v);
    });
    // Capture phase, so the arrows step dates even when the map has focus (Leaflet's own keyboard handler
    // keeps up/down panning and +/- zoom).
    document.addEventListener('keydown', (e) => this.#onKey(e), true);
  }

  setDates(dates) {
    this.claimDays = dates.filter((d) => ISO.test(d)).sort();
    const n = this.claimDays.length;
    this.first = n ? toDay(this.claimDays[0]) : 0;
    this.last = n ? toDay(this.claimDays[n - 1]) : -1;
    const s = this.n.slider;
    s.min = '0';
    s.max = String(Math.max(0, this.last - this.first));
    s.disabled = this.last <= this.first;
    this.n.play.disabled = n < 2;
    this.n.input.disabled = !n;
    if (n) {
      this.n.input.min = this.claimDays[0];
      this.n.input.max = this.claimDays[n - 1];
    }
    this.#renderTicks();
  }

  get date() {
    return this.day === null ? null : toIso(this.day);
  }

  /** Whether the selected day has claims. */
  get isClaimDay() {
    return this.date !== null && this.claimDays.includes(this.date);
  }

  /** The last claim day before `date` (the previous step), or null. */
  previousClaimDay(date) {
    let best = null;
    for (const d of this.claimDays) if (d < date) best = d;
    return best;
  }

  nextClaimDay(date) {
    return this.claimDays.find((d) => d > date) ?? null;
  }

  /**
   * Select a day (clamped into the range; without one, the last claim day). Returns the date actually
   * selected, or null when there are no dates at all.
   */
  setDate(date, { notify = true } = {}) {
    if (this.last < this.first) return null;
    const day = date && ISO.test(date) ? Math.min(this.last, Math.max(this.first, toDay(date))) : this.last;
    this.#select(day, { debounceMs: 0, notify });
    return toIso(day);
  }

  stepClaimDay(delta) {
    const d = this.date;
    if (!d) return;
    const target = delta < 0 ? this.previousClaimDay(d) : this.nextClaimDay(d);
    if (target) this.#select(toDay(target), { debounceMs: 0 });
  }

  stepDay(delta) {
    if (this.day === null) return;
    const day = Math.min(this.last, Math.max(this.first, this.day + delta));
    if (day !== this.day) this.#select(day, { debounceMs: 0 });
  }

  async play() {
    if (this.claimDays.length < 2 || this.playing) return;
    this.#setPlaying(true);
    if (!this.nextClaimDay(this.date)) await this.#select(this.first, { debounceMs: 0 });
    while (this.playing) {
      await new Promise((r) => setTimeout(r, PLAY_STEP_MS));
      if (!this.playing) break;
      const next = this.nextClaimDay(this.date);
      if (!next) {
        this.pause();
        break;
      }
      await this.#select(toDay(next), { debounceMs: 0 });
    }
  }

  pause() {
    if (this.playing) this.#setPlaying(false);
  }

  #setPlaying(on) {
    this.playing = on;
    const b = this.n.play;
    b.classList.toggle('is-playing', on);
    b.setAttribute('aria-pressed', String(on));
    b.setAttribute('aria-label', on ? 'Pause' : 'Play');
    b.title = on ? 'Pause (stops at the last claim day)' : 'Play through the claim days';
  }

  #select(day, { debounceMs, notify = true }) {
    this.day = day;
    this.n.slider.value = String(day - this.first);
    this.#renderLabel();
    clearTimeout(this.debounce);
    if (!notify) return Promise.resolve();
    const date = toIso(day);
    if (debounceMs > 0) {
      return new Promise((resolve) => {
        this.debounce = setTimeout(() => resolve(this.onChange(date)), debounceMs);
      });
    }
    return Promise.resolve(this.onChange(date));
  }

  #renderLabel() {
    const d = this.date;
    const i = d ? this.claimDays.indexOf(d) : -1;
    this.n.label.textContent = d ? formatDate(d) : '—';
    this.n.label.dataset.date = d || '';
    this.n.input.value = d || '';
    let sub = 'no dates with claims';
    if (d && i >= 0) sub = `claim day ${i + 1} of ${this.claimDays.length}`;
    else if (d) sub = 'no claims on this day';
    this.n.sub.textContent = sub;
    this.n.sub.classList.toggle('is-empty-day', !!d && i < 0);
    this.n.slider.setAttribute('aria-valuetext', d ? `${formatDate(d)}, ${sub}` : '');
    this.n.prev.disabled = !d || !this.previousClaimDay(d);
    this.n.next.disabled = !d || !this.nextClaimDay(d);
    for (const t of this.n.ticks.querySelectorAll('.tick')) t.classList.toggle('is-current', t.dataset.date === d);
  }

  #renderTicks() {
    const box = clear(this.n.ticks);
    const n = this.claimDays.length;
    if (!n) return;
    const span = this.last - this.first;
    for (const d of this.claimDays) {
      const left = span === 0 ? 50 : ((toDay(d) - this.first) / span) * 100;
      box.appendChild(el('span', { class: 'tick', style: { left: `${left}%` }, dataset: { date: d }, title: formatDate(d) }));
    }
    box.appendChild(el('span', { class: 'tick-label tick-label--start' }, formatDate(this.claimDays[0], { weekday: false })));
    if (n > 1) box.appendChild(el('span', { class: 'tick-label tick-label--end' }, formatDate(this.claimDays[n - 1], { weekday: false })));
  }

  #onKey(e) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target;
    // The slider handles its own arrows (one day, and fires input); text fields keep theirs.
    if (t === this.n.slider) return;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (this.day === null) return;
    e.preventDefault();
    e.stopPropagation();
    this.pause();
    const delta = e.key === 'ArrowLeft' ? -1 : 1;
    if (e.shiftKey) this.stepDay(delta);
    else this.stepClaimDay(delta);
  }
}
