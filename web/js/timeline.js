// The date control: a range slider over the dates that have claims, previous/next, play/pause, the current
// date, and the left/right arrow keys. It only knows dates; main.js decides what a date change loads.

import { clear, el, formatDate } from './dom.js';

const PLAY_STEP_MS = 1600;

export class Timeline {
  /**
   * @param {object} nodes  { slider, label, sub, prev, next, play, ticks }
   * @param {(date: string) => Promise<void>|void} onChange  called once per settled date change
   */
  constructor(nodes, onChange) {
    this.n = nodes;
    this.onChange = onChange;
    this.dates = [];
    this.index = -1;
    this.playing = false;
    this.debounce = null;

    this.n.prev.addEventListener('click', () => { this.pause(); this.step(-1); });
    this.n.next.addEventListener('click', () => { this.pause(); this.step(1); });
    this.n.play.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    // While dragging, the label follows the thumb at once; data loads when the thumb rests.
    this.n.slider.addEventListener('input', () => {
      this.pause();
      this.#select(Number(this.n.slider.value), { debounceMs: 140 });
    });
    this.n.slider.addEventListener('change', () => this.#select(Number(this.n.slider.value), { debounceMs: 0 }));
    // Capture phase, so the arrows step dates even when the map has focus (Leaflet's own keyboard handler
    // keeps up/down panning and +/- zoom).
    document.addEventListener('keydown', (e) => this.#onKey(e), true);
  }

  setDates(dates) {
    this.dates = dates.slice();
    const s = this.n.slider;
    s.min = '0';
    s.max = String(Math.max(0, dates.length - 1));
    s.disabled = dates.length < 2;
    this.n.play.disabled = dates.length < 2;
    this.#renderTicks();
  }

  get date() {
    return this.dates[this.index] ?? null;
  }

  /** Select a date; returns the (possibly adjusted) date actually selected, or null when there are none. */
  setDate(date, { notify = true } = {}) {
    const i = this.nearestIndex(date);
    if (i < 0) return null;
    this.#select(i, { debounceMs: 0, notify });
    return this.dates[i];
  }

  /** The index of `date`, or of the last date before it, or the first date. */
  nearestIndex(date) {
    if (!this.dates.length) return -1;
    if (!date) return this.dates.length - 1;
    const exact = this.dates.indexOf(date);
    if (exact >= 0) return exact;
    let best = 0;
    for (let i = 0; i < this.dates.length; i += 1) if (this.dates[i] <= date) best = i;
    return best;
  }

  step(delta) {
    if (!this.dates.length) return;
    const i = Math.min(this.dates.length - 1, Math.max(0, this.index + delta));
    if (i !== this.index) this.#select(i, { debounceMs: 0 });
  }

  async play() {
    if (this.dates.length < 2 || this.playing) return;
    this.#setPlaying(true);
    if (this.index >= this.dates.length - 1) await this.#select(0, { debounceMs: 0 });
    while (this.playing) {
      await new Promise((r) => setTimeout(r, PLAY_STEP_MS));
      if (!this.playing) break;
      if (this.index >= this.dates.length - 1) {
        this.pause();
        break;
      }
      await this.#select(this.index + 1, { debounceMs: 0 });
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
    b.title = on ? 'Pause' : 'Play through the dates';
  }

  #select(i, { debounceMs, notify = true }) {
    this.index = i;
    this.n.slider.value = String(i);
    this.#renderLabel();
    clearTimeout(this.debounce);
    if (!notify) return Promise.resolve();
    if (debounceMs > 0) {
      return new Promise((resolve) => {
        this.debounce = setTimeout(() => resolve(this.onChange(this.dates[i])), debounceMs);
      });
    }
    return Promise.resolve(this.onChange(this.dates[i]));
  }

  #renderLabel() {
    const d = this.date;
    this.n.label.textContent = d ? formatDate(d) : '—';
    this.n.label.dataset.date = d || '';
    this.n.sub.textContent = d ? `${d} · ${this.index + 1} of ${this.dates.length}` : 'no dates with claims';
    this.n.slider.setAttribute('aria-valuetext', d ? formatDate(d) : '');
    this.n.prev.disabled = this.index <= 0;
    this.n.next.disabled = this.index < 0 || this.index >= this.dates.length - 1;
    for (const t of this.n.ticks.querySelectorAll('.tick')) {
      t.classList.toggle('is-current', Number(t.dataset.index) === this.index);
    }
  }

  #renderTicks() {
    const box = clear(this.n.ticks);
    const n = this.dates.length;
    if (!n) return;
    if (n <= 80) {
      this.dates.forEach((d, i) => {
        const left = n === 1 ? 50 : (i / (n - 1)) * 100;
        box.appendChild(el('span', { class: 'tick', style: { left: `${left}%` }, dataset: { index: i }, title: d }));
      });
    }
    box.appendChild(el('span', { class: 'tick-label tick-label--start' }, formatDate(this.dates[0], { weekday: false })));
    if (n > 1) box.appendChild(el('span', { class: 'tick-label tick-label--end' }, formatDate(this.dates[n - 1], { weekday: false })));
  }

  #onKey(e) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const t = e.target;
    // The slider handles its own arrows (and fires input); text fields keep theirs.
    if (t === this.n.slider) return;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (!this.dates.length) return;
    e.preventDefault();
    e.stopPropagation();
    this.pause();
    this.step(e.key === 'ArrowLeft' ? -1 : 1);
  }
}
