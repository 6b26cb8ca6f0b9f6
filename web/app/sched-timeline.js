// web/app/sched-timeline.js — the after-the-run timeline: a lane per P, a span for each stretch a
// goroutine ran there (coloured per goroutine, as everywhere on the page), drawn on a canvas that
// can be zoomed (wheel, +/−) and scrolled (drag, Shift+wheel, the scrollbar). Hovering a span says
// what it was; highlight(g, t) — from a click on a line of output — marks time t and every span of
// g, and says where g was at that moment (running, queued, or waiting on what, at which line).
import { gColor } from './sched-model.js';

const LANE_H = 22, TOP = 18, LEFT = 34;

export class Timeline {
  constructor(root, { dark = () => true } = {}) {
    this.root = root;
    this.dark = dark;
    this.model = null;
    this.zoom = 1;        // 1 = the whole run fits
    this.offset = 0;      // ms at the left edge
    this.mark = null;     // {g, t}
    const btn = (t, label) => { const b = document.createElement('button'); b.type = 'button'; b.textContent = t; b.setAttribute('aria-label', label); b.className = 'sched-btn'; return b; };
    this.zin = btn('+', 'Zoom in'); this.zout = btn('−', 'Zoom out'); this.zfit = btn('fit', 'Zoom to fit');
    this.info = document.createElement('span'); this.info.className = 'tl-info'; this.info.setAttribute('role', 'status');
    const bar = document.createElement('div'); bar.className = 'tl-bar';
    const title = document.createElement('strong'); title.textContent = 'Timeline ';
    bar.append(title, this.zin, this.zout, this.zfit, this.info);
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'tl-canvas';
    this.canvas.setAttribute('aria-label', 'Scheduler history: a lane per P, a span per goroutine run');
    this.canvas.setAttribute('role', 'img');
    this.scroll = document.createElement('input');
    this.scroll.type = 'range'; this.scroll.min = '0'; this.scroll.max = '1000'; this.scroll.value = '0';
    this.scroll.className = 'tl-scroll'; this.scroll.setAttribute('aria-label', 'Scroll the history');
    this.tip = document.createElement('div'); this.tip.className = 'tl-tip'; this.tip.hidden = true;
    root.append(bar, this.canvas, this.scroll, this.tip);

    this.zin.addEventListener('click', () => this.zoomAt(2, 0.5));
    this.zout.addEventListener('click', () => this.zoomAt(0.5, 0.5));
    this.zfit.addEventListener('click', () => { this.zoom = 1; this.offset = 0; this.draw(); });
    this.scroll.addEventListener('input', () => { this.offset = (Number(this.scroll.value) / 1000) * Math.max(0, this.total() - this.visible()); this.draw(); });
    this.canvas.addEventListener('wheel', (e) => {
      e.preventDefault();
      const frac = (e.offsetX - LEFT) / Math.max(1, this.canvas.clientWidth - LEFT);
      if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) this.pan(((e.shiftKey ? e.deltaY : e.deltaX) / this.canvas.clientWidth) * this.visible());
      else this.zoomAt(e.deltaY < 0 ? 1.25 : 0.8, frac);
    }, { passive: false });
    let drag = null;
    this.canvas.addEventListener('pointerdown', (e) => { drag = { x: e.clientX, off: this.offset }; this.canvas.setPointerCapture(e.pointerId); });
    this.canvas.addEventListener('pointerup', () => { drag = null; });
    this.canvas.addEventListener('pointermove', (e) => {
      if (drag) { this.offset = drag.off - ((e.clientX - drag.x) / (this.canvas.clientWidth - LEFT)) * this.visible(); this.clamp(); this.draw(); return; }
      this.hover(e);
    });
    this.canvas.addEventListener('pointerleave', () => { this.tip.hidden = true; });
    new ResizeObserver(() => this.draw()).observe(this.canvas);
  }

  total() { return Math.max(1, this.model?.t || 1); }
  visible() { return this.total() / this.zoom; }
  clamp() { this.offset = Math.max(0, Math.min(this.offset, this.total() - this.visible())); }
  pan(ms) { this.offset += ms; this.clamp(); this.draw(); }
  zoomAt(f, frac) {
    const at = this.offset + frac * this.visible();
    this.zoom = Math.max(1, Math.min(this.zoom * f, 1e5));
    this.offset = at - frac * this.visible();
    this.clamp(); this.draw();
  }

  show(model, truncated = false) {
    this.model = model;
    this.truncated = truncated;
    this.zoom = 1; this.offset = 0; this.mark = null;
    this.info.textContent = `${model.ps.length} P · ${model.t.toFixed(1)} ms${truncated ? ' · log full: later events missing' : ''} — hover a span; click a line of output to find its goroutine`;
    this.draw();
  }

  x(t, w) { return LEFT + ((t - this.offset) / this.visible()) * (w - LEFT); }

  draw() {
    const m = this.model;
    const c = this.canvas;
    if (!m || !c.isConnected) return;
    const dpr = self.devicePixelRatio || 1;
    const w = c.clientWidth || 600, h = TOP + m.ps.length * LANE_H + 4;
    c.style.height = `${h}px`;
    c.width = Math.round(w * dpr); c.height = Math.round(h * dpr);
    const ctx = c.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const dark = this.dark();
    ctx.fillStyle = dark ? '#1b1b1b' : '#fafafa'; ctx.fillRect(0, 0, w, h);
    ctx.font = '11px system-ui, sans-serif';
    // Time axis: ~8 ticks at a round step.
    const vis = this.visible();
    const step = Math.pow(10, Math.floor(Math.log10(vis / 8)));
    const tick = [1, 2, 5, 10].map((k) => k * step).find((s) => vis / s <= 10) || step * 10;
    ctx.fillStyle = dark ? '#999' : '#555'; ctx.strokeStyle = dark ? '#333' : '#ddd';
    for (let t = Math.ceil(this.offset / tick) * tick; t <= this.offset + vis; t += tick) {
      const x = this.x(t, w);
      ctx.beginPath(); ctx.moveTo(x, TOP - 4); ctx.lineTo(x, h); ctx.stroke();
      ctx.fillText(`${+t.toFixed(3)} ms`, x + 2, 11);
    }
    m.ps.forEach((p, i) => {
      const y = TOP + i * LANE_H;
      ctx.fillStyle = dark ? '#ccc' : '#333';
      ctx.fillText(`P${p.id}`, 4, y + 15);
      for (const s of m.spans[i] || []) {
        const t1 = s.t1 ?? m.t;
        if (t1 < this.offset || s.t0 > this.offset + vis) continue;
        const x0 = Math.max(LEFT, this.x(s.t0, w)), x1 = Math.max(x0 + 1, this.x(t1, w));
        ctx.fillStyle = gColor(s.g, dark);
        ctx.fillRect(x0, y + 3, x1 - x0, LANE_H - 6);
        if (x1 - x0 > 26) { ctx.fillStyle = dark ? '#000' : '#fff'; ctx.fillText(`g${s.g}`, x0 + 3, y + 15); }
        if (this.mark && this.mark.g === s.g) { ctx.strokeStyle = dark ? '#fff' : '#000'; ctx.lineWidth = 2; ctx.strokeRect(x0, y + 2, x1 - x0, LANE_H - 4); ctx.lineWidth = 1; }
      }
    });
    if (this.mark) {
      const x = this.x(this.mark.t, w);
      ctx.strokeStyle = '#f0a30a'; ctx.lineWidth = 2;
      ctx.beginPath(); ctx.moveTo(x, TOP - 6); ctx.lineTo(x, h); ctx.stroke(); ctx.lineWidth = 1;
    }
    this.scroll.value = String(this.total() > vis ? Math.round((this.offset / (this.total() - vis)) * 1000) : 0);
    this.scroll.disabled = this.zoom <= 1;
  }

  /** The span under a point of the canvas, or null. */
  spanAt(px, py) {
    const m = this.model;
    if (!m) return null;
    const lane = Math.floor((py - TOP) / LANE_H);
    if (lane < 0 || lane >= m.ps.length) return null;
    const t = this.offset + ((px - LEFT) / (this.canvas.clientWidth - LEFT)) * this.visible();
    const slack = (3 / (this.canvas.clientWidth - LEFT)) * this.visible();   // 3 px: thin spans stay hoverable
    return (m.spans[lane] || []).find((s) => s.t0 - slack <= t && t <= (s.t1 ?? m.t) + slack) ? { p: lane, span: (m.spans[lane] || []).find((s) => s.t0 - slack <= t && t <= (s.t1 ?? m.t) + slack), t } : null;
  }

  describe(hit) {
    const s = hit.span;
    const g = this.model.gs.get(s.g);
    return `g${s.g} ran on P${hit.p} from ${s.t0.toFixed(2)} to ${(s.t1 ?? this.model.t).toFixed(2)} ms` +
      `${s.end ? ` — then ${s.end}` : ''}${g?.created ? ` · created at ${g.created}` : ''}`;
  }

  hover(e) {
    const hit = this.spanAt(e.offsetX, e.offsetY);
    if (!hit) { this.tip.hidden = true; return; }
    this.tip.textContent = this.describe(hit);
    this.tip.hidden = false;
    this.tip.style.left = `${e.offsetX + 12}px`;
    this.tip.style.top = `${this.canvas.offsetTop + e.offsetY + 12}px`;
  }

  /**
   * Marks goroutine g at time t; returns (and shows) where it was then. For a line of output the
   * goroutine was running when it printed, and t is a lower bound (the last scheduler event
   * before the output): t moves into g's first run that had not ended by t.
   */
  highlight(g, t, { printed = false } = {}) {
    if (!this.model) return null;
    if (printed) {
      let best = null;
      this.model.spans.forEach((lane) => { for (const s of lane) if (s.g === g && (s.t1 ?? Infinity) >= t && (!best || s.t0 < best.t0)) best = s; });
      if (best) t = Math.max(t, best.t0);
    }
    this.mark = { g, t };
    if (t < this.offset || t > this.offset + this.visible()) { this.offset = t - this.visible() / 2; this.clamp(); }
    const w = this.model.whereAt(g, t);
    const where = !w ? 'not seen by the scheduler'
      : w.state === 'running' ? `running on P${w.p}`
      : w.state === 'waiting' ? `waiting (${w.reason})${w.line ? ` at ${w.line}` : ''}`
      : w.state === 'syscall' ? `in a syscall${w.line ? ` at ${w.line}` : ''}`
      : w.state === 'runnable' ? `runnable${w.p !== null ? ` in P${w.p}'s queue` : ''}` : w.state;
    const text = `at ${t.toFixed(2)} ms g${g} was ${where}`;
    this.info.textContent = text;
    this.draw();
    return { g, t, where: w, text };
  }
}
