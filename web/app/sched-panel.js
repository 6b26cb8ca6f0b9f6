// web/app/sched-panel.js — the live scheduler panel: each P (its M, running G, runnext, local run
// queue), the global queue, every M and every G, drawn as the program runs, with steals, hand-offs,
// preemptions, parks and wake-ups shown as arrows that fade. Two models (sched-model.js):
// `live` folds every event the moment it arrives (always current: the timeline, the wait graph
// and the tests read it); `view` is what is drawn, and advances through the recorded log one event
// at a time at a limited rate, so a transition is on screen long enough to follow. The view speeds
// up when it falls behind and jumps when far behind. Pause / Step / the slider fold a prefix of
// the log again (a replay): the engine itself keeps running — there is no engine-side pause.
import { SchedModel, NOTABLE, gColor } from './sched-model.js';
import { Timeline } from './sched-timeline.js';
import { drawWaitGraph } from './waitgraph.js';

const MAX_LOG = 200000;        // events kept for replay and the timeline
const MAX_G_ROWS = 300;        // Gs listed (the rest counted)
const SPEEDS = { slow: 700, normal: 260, fast: 70, instant: 0 };
const JUMP_BEHIND = 3000;      // events behind: skip ahead without animating
const svgNS = 'http://www.w3.org/2000/svg';
// replaceChildren would print a null as the text "null".
const put = (node, ...kids) => node.replaceChildren(...kids.filter((k) => k != null));

const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
};

export class SchedPanel {
  /** @param {HTMLElement} root  @param {{dark():boolean, onSource?(line:number):void}} opts */
  constructor(root, { dark = () => true, onSource = null } = {}) {
    this.root = root;
    this.dark = dark;
    this.onSource = onSource;
    this.events = [];
    this.live = new SchedModel({ procs: 1 });
    this.view = new SchedModel({ procs: 1, keepHistory: false });
    this.paused = false;
    this.speed = 'normal';
    this.timer = 0;
    this.lastDesc = null;
    this.running = false;
    this.truncated = false;
    this.logBuf = null;   // while replaying from the start: the log lines, drawn once at the end
    this.build();
  }

  build() {
    const r = this.root;
    r.replaceChildren();
    this.ui = {};
    const btn = (name, label, title) => { const b = el('button', { type: 'button', class: 'sched-btn', 'aria-label': label, title: title || label, text: name }); return b; };
    this.ui.pause = btn('Pause', 'Pause scheduler view', 'Freeze the drawing (the program keeps running; the view replays recorded events)');
    this.ui.step = btn('Step', 'Step one scheduler event', 'Show the next recorded event');
    this.ui.back = btn('Back', 'Step back one scheduler event');
    this.ui.live = btn('Live', 'Follow the run live');
    this.ui.speed = el('select', { 'aria-label': 'Animation speed' });
    for (const s of Object.keys(SPEEDS)) this.ui.speed.add(new Option(s, s, s === this.speed, s === this.speed));
    this.ui.slider = el('input', { type: 'range', min: '0', max: '0', value: '0', 'aria-label': 'Scheduler event position' });
    this.ui.pos = el('span', { class: 'sched-pos', text: 'no events' });
    this.ui.counters = el('span', { class: 'sched-counters', 'aria-label': 'Scheduler counters' });
    r.append(el('div', { class: 'sched-controls' }, this.ui.pause, this.ui.back, this.ui.step, this.ui.live,
      el('label', {}, 'speed ', this.ui.speed), this.ui.slider, this.ui.pos, this.ui.counters));
    this.ui.procs = el('div', { class: 'sched-procs', role: 'list', 'aria-label': 'Processors (P)' });
    this.ui.global = el('div', { class: 'sched-global' });
    this.ui.ms = el('div', { class: 'sched-ms', 'aria-label': 'Threads (M)' });
    this.ui.gs = el('div', { class: 'sched-gs', 'aria-label': 'Goroutines (G)' });
    this.ui.log = el('ol', { class: 'sched-log', 'aria-label': 'Scheduler events' });
    this.ui.stage = el('div', { class: 'sched-stage' }, this.ui.procs, this.ui.global, this.ui.ms);
    this.ui.arrows = document.createElementNS(svgNS, 'svg');
    this.ui.arrows.setAttribute('class', 'sched-arrows');
    this.ui.arrows.innerHTML = '<defs><marker id="sched-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="context-stroke"/></marker></defs>';
    this.ui.body = el('div', { class: 'sched-body' }, this.ui.stage, this.ui.gs, this.ui.log, this.ui.arrows);
    this.ui.waitgraph = el('div', { class: 'sched-waitgraph', hidden: '' });
    this.ui.timeline = el('div', { class: 'sched-timeline', hidden: '' });
    r.append(this.ui.body, this.ui.waitgraph, this.ui.timeline);
    this.timeline = new Timeline(this.ui.timeline, { dark: this.dark });

    this.ui.pause.addEventListener('click', () => this.pause());
    this.ui.step.addEventListener('click', () => this.step(1));
    this.ui.back.addEventListener('click', () => this.step(-1));
    this.ui.live.addEventListener('click', () => this.resume());
    this.ui.speed.addEventListener('change', () => { this.speed = this.ui.speed.value; this.kick(); });
    // Read the value before pause(), which redraws the slider at the view's position.
    this.ui.slider.addEventListener('input', () => { const n = Number(this.ui.slider.value); this.pause(); this.seek(n); });
    this.ui.gs.addEventListener('click', (e) => {
      const line = e.target.closest('[data-line]')?.dataset.line;
      const n = /:(\d+)$/.exec(line || '');
      if (n && this.onSource) this.onSource(Number(n[1]));
    });
    this.render();
  }

  // ---- the run's life
  startRun(procs) {
    this.events = [];
    this.truncated = false;
    this.live = new SchedModel({ procs });
    this.view = new SchedModel({ procs, keepHistory: false });
    this.paused = false;
    this.running = true;
    this.lastDesc = null;
    this.ui.log.replaceChildren();
    this.ui.waitgraph.hidden = true;
    this.ui.waitgraph.replaceChildren();
    this.ui.timeline.hidden = true;
    clearTimeout(this.timer); this.timer = 0;
    this.render();
  }

  /** A batch from the engine (cb.onSched). */
  push(batch) {
    for (const ev of batch) {
      this.live.apply(ev);
      if (this.events.length < MAX_LOG) this.events.push(ev);
      else if (!this.truncated) { this.truncated = true; this.live.keepHistory = false; }   // bounded memory for endless runs
    }
    this.kick();
  }

  endRun() {
    this.running = false;
    this.live.finish();
    if (this.events.length) {
      this.timeline.show(this.live, this.truncated);
      this.ui.timeline.hidden = false;
    }
    this.kick();
  }

  showWaitGraph(graph) {
    this.ui.waitgraph.hidden = false;
    drawWaitGraph(this.ui.waitgraph, graph, { dark: this.dark() });
  }

  /** Clicked output: where was goroutine g at time t (run-relative ms)? */
  highlight(g, t, printed = true) {
    if (this.ui.timeline.hidden && this.events.length) { if (!this.running) this.live.finish(); this.timeline.show(this.live, this.truncated); this.ui.timeline.hidden = false; }
    return this.timeline.highlight(g, t, { printed });
  }

  // ---- the view's pace
  delay(desc) {
    const base = SPEEDS[this.speed] ?? SPEEDS.normal;
    if (!base || !desc || !NOTABLE.has(desc.kind)) return 0;
    const behind = this.events.length - this.view.count;
    return base / (1 + behind / 12);   // catch up faster the further behind
  }

  kick() {
    if (this.timer || this.paused) { this.renderPos(); return; }
    this.timer = setTimeout(() => { this.timer = 0; this.advance(); }, 0);
  }

  advance() {
    if (this.paused) return;
    let behind = this.events.length - this.view.count;
    if (behind <= 0) { this.render(); return; }
    if (behind > JUMP_BEHIND) {
      // Far behind: fold silently up to a little before the end, then animate again.
      const target = this.events.length - 200;
      while (this.view.count < target) this.fold();
      behind = this.events.length - this.view.count;
    }
    // Fold quiet events in one go; stop after the first notable one to show it.
    let desc = null;
    for (let k = 0; k < 500 && this.view.count < this.events.length; k++) {
      desc = this.fold();
      if (desc && NOTABLE.has(desc.kind) && SPEEDS[this.speed]) break;
    }
    this.render(desc);
    const wait = this.delay(desc);
    if (this.view.count < this.events.length) this.timer = setTimeout(() => { this.timer = 0; this.advance(); }, Math.max(16, wait));
  }

  pause() {
    this.paused = true;
    clearTimeout(this.timer); this.timer = 0;
    this.renderPos();
  }

  resume() {
    this.paused = false;
    this.kick();
  }

  /** One event forward (animated) or back (replayed from the start). */
  step(dir) {
    this.pause();
    if (dir > 0) {
      if (this.view.count >= this.events.length) return;
      this.render(this.fold());
    } else this.seek(this.view.count - 1);
  }

  /** The view takes the next recorded event; a notable one goes into the drawn log. */
  fold() {
    const d = this.view.apply(this.events[this.view.count]);
    if (d && NOTABLE.has(d.kind)) this.logLine(d, this.view.t);
    return d;
  }

  logLine(d, t) {
    if (this.logBuf) { this.logBuf.push([d, t]); if (this.logBuf.length > 80) this.logBuf.splice(0, 40); return; }
    const li = el('li', { class: `ev-${d.kind}`, text: `${t.toFixed(1)} ms  ${d.text}` });
    this.ui.log.prepend(li);
    while (this.ui.log.childElementCount > 40) this.ui.log.lastElementChild.remove();
  }

  seek(n) {
    n = Math.max(0, Math.min(n, this.events.length));
    if (n >= this.view.count) { let d = null; while (this.view.count < n) d = this.fold(); this.render(d); return; }
    // Back: replay from the start; the log shows the last notable events before n.
    this.view = new SchedModel({ procs: this.live.ps.length, keepHistory: false });
    this.ui.log.replaceChildren();
    this.logBuf = [];
    while (this.view.count < n) this.fold();
    const buf = this.logBuf.slice(-40);
    this.logBuf = null;
    for (const [d, t] of buf) this.logLine(d, t);
    this.render(null);
  }

  // ---- drawing
  chip(g, extra = '') {
    const gi = this.view.gs.get(g);
    const c = el('span', { class: `gchip ${extra}`, 'data-g': String(g), text: `g${g}`,
      title: gi ? `g${g}: ${gi.state}${gi.reason ? ` (${gi.reason})` : ''}${gi.line ? ` at ${gi.line}` : ''}${gi.created ? `; created at ${gi.created}` : ''}` : `g${g}` });
    c.style.setProperty('--gc', gColor(g, this.dark()));
    return c;
  }

  renderPos() {
    const n = this.events.length;
    this.ui.slider.max = String(n);
    this.ui.slider.value = String(this.view.count);
    this.ui.pos.textContent = n ? `event ${this.view.count} / ${n}${this.paused ? ' (paused)' : ''}${this.truncated ? ' (log full)' : ''}` : 'no events';
    this.ui.pause.disabled = this.paused;
    this.ui.live.disabled = !this.paused;
    this.ui.step.disabled = this.view.count >= n;
    this.ui.back.disabled = this.view.count === 0;
  }

  render(desc = null) {
    const v = this.view;
    this.renderPos();
    const c = v.counts;
    this.ui.counters.textContent = `steals ${c.Steal || 0} · hand-offs ${c.Handoff || 0} · preemptions ${c.GoPreempt || 0} · parks ${c.GoBlock || 0} · wake-ups ${c.GoUnblock || 0}${v.dropped ? ` · dropped ${v.dropped}` : ''}${v.gc ? ' · GC' : ''}`;

    // P lanes
    const lanes = v.ps.map((p) => {
      const m = p.m !== null ? el('span', { class: 'mchip', 'data-m': String(p.m), text: `M${p.m}` }) : el('span', { class: 'mchip none', text: 'no M' });
      const run = p.g !== null ? this.chip(p.g, 'running') : el('span', { class: 'gchip empty', text: p.idle ? 'idle' : '—' });
      const next = p.runnext !== null ? this.chip(p.runnext, 'queued') : el('span', { class: 'gchip empty', text: '·' });
      const q = el('span', { class: 'runq', 'aria-label': `P${p.id} local run queue` }, ...p.runq.slice(0, 40).map((g) => this.chip(g, 'queued')),
        p.runq.length > 40 ? el('span', { class: 'more', text: `+${p.runq.length - 40}` }) : null);
      return el('div', { class: `sched-p${p.idle ? ' idle' : ''}`, role: 'listitem', 'data-p': String(p.id), 'aria-label': `P${p.id}` },
        el('span', { class: 'pname', text: `P${p.id}` }), m, el('span', { class: 'slot-run' }, run),
        el('span', { class: 'slot-next', title: 'runnext' }, el('small', { text: 'next ' }), next), q);
    });
    put(this.ui.procs, ...lanes);
    put(this.ui.global, el('span', { class: 'label', text: 'global queue ' }),
      ...v.global.slice(0, 60).map((g) => this.chip(g, 'queued')),
      v.global.length > 60 ? el('span', { class: 'more', text: `+${v.global.length - 60}` }) : null,
      v.global.length ? null : el('span', { class: 'empty', text: 'empty' }));

    // Ms
    const ms = [...v.ms.values()].sort((a, b) => a.id - b.id).map((m) => {
      const st = v.mState(m);
      return el('span', { class: `mchip ${st}`, 'data-m': String(m.id), title: `M${m.id}: ${st}` },
        `M${m.id} ${st}${m.p !== null ? ` P${m.p}` : ''}`, m.g !== null ? this.chip(m.g, st === 'syscall' ? 'syscall' : 'running') : null);
    });
    put(this.ui.ms, el('span', { class: 'label', text: 'threads ' }), ...ms);

    // Gs
    const all = [...v.gs.values()].filter((g) => g.state !== 'dead').sort((a, b) => a.id - b.id);
    const dead = v.gs.size - all.length;
    const rows = all.slice(0, MAX_G_ROWS).map((g) => {
      const where = g.state === 'running' ? `on P${g.p} (M${g.m})`
        : g.state === 'syscall' ? `in a syscall on M${g.m}`
        : g.state === 'waiting' ? `${g.reason}` : this.queueOf(g.id);
      return el('div', { class: `grow ${g.state}`, 'data-g': String(g.id) }, this.chip(g.id, g.state),
        el('span', { class: 'gstate', text: g.state }), el('span', { class: 'gwhere', text: where }),
        g.line ? el('a', { class: 'gline', href: '#', 'data-line': g.line, text: g.line, title: 'show in the editor' }) : null);
    });
    put(this.ui.gs, el('div', { class: 'label', text: `goroutines: ${all.length} live${dead ? `, ${dead} exited` : ''}` }), ...rows,
      all.length > MAX_G_ROWS ? el('div', { class: 'more', text: `+${all.length - MAX_G_ROWS} more` }) : null);

    if (desc && NOTABLE.has(desc.kind)) this.animate(desc);
  }

  queueOf(id) {
    const v = this.view;
    if (v.global.includes(id)) return 'global queue';
    for (const p of v.ps) {
      if (p.runnext === id) return `P${p.id} runnext`;
      if (p.runq.includes(id)) return `P${p.id} run queue`;
    }
    return 'runnable';
  }

  /** One transition: a log line, the G's chips flash, an arrow from where it came to where it went. */
  animate(d) {
    if (!SPEEDS[this.speed]) return;
    const q = (sel) => this.ui.body.querySelector(sel);
    const lane = (p) => (p !== null && p !== undefined && p >= 0 ? q(`.sched-p[data-p="${p}"]`) : null);
    const queued = (g) => q(`.sched-procs .gchip[data-g="${g}"].queued, .sched-global .gchip[data-g="${g}"]`);
    let from = null, to = null;
    switch (d.kind) {
      case 'GoCreate': case 'GoUnblock':
        from = (d.by !== null && q(`.sched-procs .gchip.running[data-g="${d.by}"]`)) || q(`.grow[data-g="${d.g}"]`);
        to = queued(d.g); break;
      case 'GoPreempt': case 'GoSched': from = lane(d.from); to = queued(d.g); break;
      case 'GoBlock': from = lane(d.from); to = q(`.grow[data-g="${d.g}"]`); break;
      case 'GoEnd': from = lane(d.from); break;
      case 'Steal': from = lane(d.from)?.querySelector('.runq'); to = lane(d.to)?.querySelector('.runq'); break;
      case 'Handoff': from = q(`.sched-ms .mchip[data-m="${d.m}"]`); to = lane(d.p); break;
      case 'SyscallEnter': case 'SyscallExit': from = q(`.sched-ms .mchip[data-m="${d.m}"]`); to = lane(d.p); break;
      default: break;
    }
    for (const e of this.ui.body.querySelectorAll(`[data-g="${d.g}"]`)) e.classList.add('flash');
    if (d.kind === 'Steal' || d.kind === 'Handoff') { lane(d.from ?? d.p)?.classList.add('flash'); lane(d.to)?.classList.add('flash'); }
    if (from && to && from !== to) this.arrow(from, to, d.kind);
  }

  arrow(a, b, kind) {
    const host = this.ui.body.getBoundingClientRect();
    const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
    if (!ra.width || !rb.width) return;
    const x1 = ra.left + ra.width / 2 - host.left + this.ui.body.scrollLeft, y1 = ra.top + ra.height / 2 - host.top + this.ui.body.scrollTop;
    const x2 = rb.left + rb.width / 2 - host.left + this.ui.body.scrollLeft, y2 = rb.top + rb.height / 2 - host.top + this.ui.body.scrollTop;
    const path = document.createElementNS(svgNS, 'path');
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.2, my = (y1 + y2) / 2 - (x2 - x1) * 0.1;
    path.setAttribute('d', `M${x1} ${y1} Q${mx} ${my} ${x2} ${y2}`);
    path.setAttribute('class', `arrow ev-${kind}`);
    path.setAttribute('marker-end', 'url(#sched-head)');
    this.ui.arrows.append(path);
    const life = Math.max(400, (SPEEDS[this.speed] || 0) * 3);
    path.style.animationDuration = `${life}ms`;
    setTimeout(() => path.remove(), life);
  }
}
