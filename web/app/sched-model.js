// web/app/sched-model.js — folds the engine's scheduler events (engine.js cb.onSched, see the
// contract in README.md) into the state of the Ps, Ms, Gs and run queues at the last event, plus
// the history the timeline needs (what each P ran when; where each G was when). Pure data: no DOM,
// no timers, so `node --test tests/node/sched-model.test.mjs` checks it without a browser, and the
// panel can rebuild the state at any earlier event by folding a prefix of the log again (that is
// how pause/step works: a replay, the engine itself is never paused).
//
// The model is tolerant on purpose: the engine's per-P rings may drop events (a 'Dropped' event
// says how many), and the fold must never throw on a stream it did not expect. A GoStart moves
// its G out of whatever queue the model thinks it is in, so one lost event is repaired by the next
// start of that G instead of leaving a ghost in a queue forever.

/** Event kinds the panel animates (the rest only update state). */
export const NOTABLE = new Set(['GoCreate', 'GoBlock', 'GoUnblock', 'GoPreempt', 'GoSched', 'GoEnd',
  'Steal', 'Handoff', 'SyscallEnter', 'SyscallExit']);

export class SchedModel {
  /** @param {{procs?: number, keepHistory?: boolean}} opts */
  constructor({ procs = 1, keepHistory = true } = {}) {
    this.keepHistory = keepHistory;
    this.reset(procs);
  }

  reset(procs) {
    this.procs = Math.max(1, procs | 0);
    /** @type {{id:number, m:number|null, g:number|null, runnext:number|null, runq:number[], idle:boolean, since:number}[]} */
    this.ps = Array.from({ length: this.procs }, (_, id) => ({ id, m: null, g: null, runnext: null, runq: [], idle: false, since: 0 }));
    /** @type {Map<number, {id:number, p:number|null, g:number|null, spinning:boolean, syscall:boolean}>} */
    this.ms = new Map();
    /** @type {Map<number, {id:number, state:string, p:number|null, m:number|null, reason:string, line:string, created:string, parent:number|null, since:number}>} */
    this.gs = new Map();
    this.global = [];
    this.gc = false;
    this.dropped = 0;
    this.count = 0;       // events folded
    this.t = 0;           // time of the last event
    this.counts = {};     // per kind
    // History, for the timeline: per P the spans it ran Gs; per G its states over time.
    this.spans = Array.from({ length: this.procs }, () => []);   // {g, t0, t1, end}
    this.ghist = new Map();                                      // g → [{state, t0, t1, p, reason, line}]
  }

  p(i) {
    if (!Number.isInteger(i) || i < 0) return null;
    // A P index beyond GOMAXPROCS would mean the page and the engine disagree: grow, never throw.
    while (i >= this.ps.length) {
      this.ps.push({ id: this.ps.length, m: null, g: null, runnext: null, runq: [], idle: false, since: this.t });
      this.spans.push([]);
      this.procs = this.ps.length;
    }
    return this.ps[i];
  }

  m(id) {
    if (!Number.isInteger(id) || id < 0) return null;
    let m = this.ms.get(id);
    if (!m) { m = { id, p: null, g: null, spinning: false, syscall: false }; this.ms.set(id, m); }
    return m;
  }

  g(id) {
    if (!Number.isInteger(id) || id <= 0) return null;   // goids start at 1; the engine sends 0 for "no G"
    let g = this.gs.get(id);
    if (!g) {
      // A G first seen in the middle of the stream (main, or one whose GoCreate was dropped).
      g = { id, state: 'runnable', p: null, m: null, reason: '', line: '', created: '', parent: null, since: this.t };
      this.gs.set(id, g);
    }
    return g;
  }

  /** Takes g out of every queue the model has it in. */
  unqueue(id) {
    const gi = this.global.indexOf(id);
    if (gi >= 0) this.global.splice(gi, 1);
    for (const p of this.ps) {
      if (p.runnext === id) p.runnext = null;
      const k = p.runq.indexOf(id);
      if (k >= 0) p.runq.splice(k, 1);
    }
  }

  /** Queues g as Go's runqput does: runnext kicks the old runnext to the tail; q < 0 is the global queue. */
  enqueue(id, q, next) {
    this.unqueue(id);
    const p = this.p(q);
    if (!p) { this.global.push(id); return; }
    if (next) {
      if (p.runnext !== null) p.runq.push(p.runnext);
      p.runnext = id;
    } else p.runq.push(id);
  }

  /** Records g's new state in its history and in the G itself. */
  setState(g, state, t, extra = {}) {
    if (this.keepHistory) {
      let h = this.ghist.get(g.id);
      if (!h) { h = []; this.ghist.set(g.id, h); }
      const last = h.at(-1);
      if (last && last.t1 === null) last.t1 = t;
      h.push({ state, t0: t, t1: null, p: extra.p ?? null, reason: extra.reason ?? '', line: extra.line ?? '' });
    }
    g.state = state;
    g.since = t;
  }

  /** Ends the span P p is running (if any) at time t; `end` says why (for the timeline's hover). */
  closeSpan(p, t, end) {
    const s = this.spans[p.id]?.at(-1);
    if (s && s.t1 === null) { s.t1 = t; s.end = end; }
  }

  /** Takes g off the P and M running it. */
  detach(g, t, end) {
    const p = this.p(g.p);
    if (p && p.g === g.id) { p.g = null; this.closeSpan(p, t, end); }
    const m = this.ms.get(g.m);
    if (m && m.g === g.id) m.g = null;
    g.p = null;
    if (g.state !== 'syscall') g.m = null;
  }

  /**
   * Folds one event into the state. Returns a short description of what changed for the panel's
   * animation ({kind, from, to, g, text}); never throws on a malformed event.
   */
  apply(ev) {
    if (!ev || typeof ev.kind !== 'string') return null;
    const t = Number.isFinite(ev.t) ? ev.t : this.t;
    this.t = Math.max(this.t, t);
    this.count++;
    this.counts[ev.kind] = (this.counts[ev.kind] || 0) + 1;
    // q is null in the engine's JSON when the event has no queue: treat as "not a P".
    const evq = Number.isInteger(ev.q) ? ev.q : -1;
    const at = (q, next) => (q >= 0 ? `P${q}${next ? ' runnext' : ' run queue'}` : 'global queue');
    switch (ev.kind) {
      case 'GoCreate': {
        const g = this.g(ev.g);
        if (!g) return null;
        g.parent = Number.isInteger(ev.arg) ? ev.arg : null;
        g.created = ev.line || '';
        g.reason = ''; g.line = '';
        this.setState(g, 'runnable', t, { p: evq >= 0 ? evq : null });
        this.enqueue(g.id, evq, !!ev.next);
        return { kind: ev.kind, g: g.id, by: g.parent, to: evq, next: !!ev.next,
          text: `${g.parent > 0 ? `g${g.parent} created ` : 'created '}g${g.id}${g.created ? ` at ${g.created}` : ''} → ${at(evq, ev.next)}` };
      }
      case 'GoStart': {
        const g = this.g(ev.g);
        const p = this.p(ev.p);
        if (!g) return null;
        this.unqueue(g.id);
        if (g.p !== null && g.p !== ev.p) this.detach(g, t, 'moved');
        const m = this.m(ev.m);
        if (p) {
          // A G still shown running here lost its stop event (dropped): end its span now.
          if (p.g !== null && p.g !== g.id) { const old = this.gs.get(p.g); if (old && old.p === p.id) { old.p = null; } this.closeSpan(p, t, 'replaced'); }
          p.g = g.id; p.idle = false;
          if (m) {
            // The M takes this P; whichever M held it before lets go.
            for (const other of this.ms.values()) if (other !== m && other.p === p.id) other.p = null;
            p.m = m.id;
          }
          if (this.keepHistory) this.spans[p.id].push({ g: g.id, t0: t, t1: null, end: '' });
        }
        if (m) { m.g = g.id; m.p = p ? p.id : m.p; m.spinning = false; m.syscall = false; }
        g.p = p ? p.id : null; g.m = m ? m.id : null;
        g.reason = ''; g.line = '';
        this.setState(g, 'running', t, { p: g.p });
        return { kind: ev.kind, g: g.id, p: g.p, m: g.m, text: `g${g.id} runs on P${g.p ?? '?'} (M${g.m ?? '?'})` };
      }
      case 'GoBlock': {
        const g = this.g(ev.g);
        if (!g) return null;
        const from = g.p;
        this.detach(g, t, `blocked: ${ev.reason || 'wait'}`);
        this.unqueue(g.id);
        g.reason = ev.reason || 'wait'; g.line = ev.line || '';
        this.setState(g, 'waiting', t, { reason: g.reason, line: g.line });
        return { kind: ev.kind, g: g.id, from, text: `g${g.id} parks: ${g.reason}${g.line ? ` at ${g.line}` : ''}` };
      }
      case 'GoUnblock': {
        const g = this.g(ev.g);
        if (!g) return null;
        const q = evq;
        g.reason = ''; g.line = '';
        if (g.p !== null) this.detach(g, t, 'unblocked');
        this.setState(g, 'runnable', t, { p: q >= 0 ? q : null });
        this.enqueue(g.id, q, !!ev.next);
        return { kind: ev.kind, g: g.id, by: Number.isInteger(ev.arg) ? ev.arg : null, to: q, next: !!ev.next,
          // Waker 0: no goroutine — a timer or the poller (the runtime itself).
          text: `${ev.arg > 0 ? `g${ev.arg}` : 'runtime (timer/poller)'} wakes g${g.id} → ${at(q, ev.next)}` };
      }
      case 'GoPreempt':
      case 'GoSched': {
        const g = this.g(ev.g);
        if (!g) return null;
        const from = g.p;
        const q = evq;
        this.detach(g, t, ev.kind === 'GoPreempt' ? 'preempted' : 'Gosched');
        this.setState(g, 'runnable', t, { p: q >= 0 ? q : null });
        this.enqueue(g.id, q, false);
        return { kind: ev.kind, g: g.id, from, to: q,
          text: `g${g.id} ${ev.kind === 'GoPreempt' ? 'preempted' : 'yields (Gosched)'} on P${from ?? '?'} → ${at(q, false)}` };
      }
      case 'GoEnd': {
        const g = this.g(ev.g);
        if (!g) return null;
        const from = g.p;
        this.detach(g, t, 'exited');
        this.unqueue(g.id);
        this.setState(g, 'dead', t, {});
        return { kind: ev.kind, g: g.id, from, text: `g${g.id} exits` };
      }
      case 'Steal': {
        const thief = this.p(ev.p), victim = this.p(ev.arg);
        if (!thief || !victim) return null;
        // The engine says how many, not which: Go's runqsteal takes from the head of the victim's
        // queue, and its runnext only when the queue is empty. The GoStart that follows puts the
        // right G on the thief whatever this guessed.
        const n = Math.max(1, ev.n | 0);
        const moved = victim.runq.splice(0, n);
        if (moved.length < n && victim.runnext !== null) { moved.push(victim.runnext); victim.runnext = null; }
        thief.runq.push(...moved);
        for (const id of moved) { const g = this.gs.get(id); if (g && this.keepHistory) { const h = this.ghist.get(id)?.at(-1); if (h && h.t1 === null) h.p = thief.id; } }
        return { kind: ev.kind, from: victim.id, to: thief.id, n, gs: moved, text: `P${thief.id} steals ${n} from P${victim.id}` };
      }
      case 'Handoff': {
        const p = this.p(ev.p);
        if (!p) return null;
        const m = this.ms.get(p.m);
        const mid = Number.isInteger(ev.m) ? ev.m : p.m;
        if (m && m.p === p.id) m.p = null;
        if (Number.isInteger(ev.m)) { const mm = this.ms.get(ev.m); if (mm && mm.p === p.id) mm.p = null; }
        p.m = null;
        // arg: the M that takes the P over (-1: none yet; a later GoStart names it).
        if (Number.isInteger(ev.arg) && ev.arg >= 0 && ev.arg !== mid) { const nm = this.m(ev.arg); nm.p = p.id; p.m = nm.id; }
        // The G in the syscall keeps its M, not the P.
        if (p.g !== null) { const g = this.gs.get(p.g); if (g && g.state === 'syscall') { g.p = null; p.g = null; this.closeSpan(p, t, 'syscall (P handed off)'); } }
        return { kind: ev.kind, p: p.id, m: mid, text: `P${p.id} handed off: M${mid ?? '?'} is blocked in a syscall` };
      }
      case 'SyscallEnter': {
        const g = this.g(ev.g);
        if (!g) return null;
        const m = this.m(ev.m) ?? this.ms.get(g.m);
        if (m) { m.syscall = true; m.g = g.id; }
        g.m = m ? m.id : g.m;
        if (Number.isInteger(ev.p) && ev.p >= 0) g.p = ev.p;
        this.setState(g, 'syscall', t, { p: g.p, reason: 'syscall', line: ev.line || '' });
        g.reason = 'syscall'; g.line = ev.line || '';
        return { kind: ev.kind, g: g.id, m: g.m, p: g.p, text: `g${g.id} enters a syscall on M${g.m ?? '?'}` };
      }
      case 'SyscallExit': {
        const g = this.g(ev.g);
        if (!g) return null;
        const m = this.m(ev.m) ?? this.ms.get(g.m);
        if (m) m.syscall = false;
        g.reason = ''; g.line = '';
        const p = this.p(ev.p);
        if (p) {
          // Back on a P (its old one or an idle one): running again.
          if (p.g !== null && p.g !== g.id) this.closeSpan(p, t, 'replaced');
          if (p.g !== g.id && this.keepHistory) this.spans[p.id].push({ g: g.id, t0: t, t1: null, end: '' });
          p.g = g.id; p.idle = false;
          if (m) { m.p = p.id; m.g = g.id; p.m = m.id; }
          g.p = p.id;
          this.setState(g, 'running', t, { p: p.id });
        } else {
          // No P free: the G goes to the global queue and its M stops.
          if (m) { m.g = null; m.p = null; }
          g.p = null; g.m = null;
          this.setState(g, 'runnable', t, {});
          this.enqueue(g.id, -1, false);
        }
        return { kind: ev.kind, g: g.id, m: m ? m.id : null, p: p ? p.id : null, text: `g${g.id} returns from its syscall${p ? ` on P${p.id}` : ' (no P: global queue)'}` };
      }
      case 'ProcIdle': {
        const p = this.p(ev.p);
        if (!p) return null;
        if (p.g !== null) this.closeSpan(p, t, 'P idle');
        p.idle = true; p.g = null;
        const m = this.ms.get(p.m);
        if (m && m.p === p.id) m.p = null;
        p.m = null;
        return { kind: ev.kind, p: p.id, text: `P${p.id} idle` };
      }
      case 'ProcWake': {
        const p = this.p(ev.p);
        if (!p) return null;
        p.idle = false;
        if (Number.isInteger(ev.m) && ev.m >= 0) { const m = this.m(ev.m); m.p = p.id; p.m = m.id; }
        return { kind: ev.kind, p: p.id, text: `P${p.id} woken` };
      }
      case 'MSpin': { const m = this.m(ev.m); if (m) m.spinning = true; return m && { kind: ev.kind, m: m.id, text: `M${m.id} spins looking for work` }; }
      case 'MSpinEnd': { const m = this.m(ev.m); if (m) m.spinning = false; return m && { kind: ev.kind, m: m.id, text: `M${m.id} stops spinning` }; }
      case 'GCStart': this.gc = true; return { kind: ev.kind, text: 'GC starts' };
      case 'GCEnd': this.gc = false; return { kind: ev.kind, text: 'GC ends' };
      case 'Dropped': {
        const n = Math.max(0, Number(ev.arg) || 0);
        this.dropped += n;
        return { kind: ev.kind, text: `${n} events dropped (ring full)` };
      }
      default:
        return { kind: ev.kind, text: ev.kind };
    }
  }

  /** Ends every open span at time t (the run is over). */
  finish(t = this.t) {
    for (const lane of this.spans) { const s = lane.at(-1); if (s && s.t1 === null) { s.t1 = t; s.end = s.end || 'run ended'; } }
    for (const h of this.ghist.values()) { const s = h.at(-1); if (s && s.t1 === null) s.t1 = t; }
    this.t = Math.max(this.t, t);
  }

  /** Where goroutine g was at time t: {state, t0, t1, p, reason, line} or null. */
  whereAt(g, t) {
    const h = this.ghist.get(g);
    if (!h || !h.length) return null;
    let best = null;
    for (const s of h) { if (s.t0 <= t) best = s; else break; }
    return best ?? h[0];
  }

  /** The G each M is bound to, its P, and a word for what it does. */
  mState(m) {
    if (m.syscall) return 'syscall';
    if (m.spinning) return 'spinning';
    if (m.g !== null && m.p !== null) return 'running';
    return 'idle';
  }

  /** A plain copy of the current state (what tests compare). */
  snapshot() {
    return {
      ps: this.ps.map((p) => ({ id: p.id, m: p.m, g: p.g, runnext: p.runnext, runq: [...p.runq], idle: p.idle })),
      ms: [...this.ms.values()].map((m) => ({ ...m, state: this.mState(m) })).sort((a, b) => a.id - b.id),
      gs: [...this.gs.values()].map((g) => ({ id: g.id, state: g.state, p: g.p, m: g.m, reason: g.reason, line: g.line, created: g.created })).sort((a, b) => a.id - b.id),
      global: [...this.global], gc: this.gc, dropped: this.dropped, count: this.count,
    };
  }
}

/** Folds events[0..n) into a fresh model (the replay behind pause and step). */
export function foldPrefix(events, n, procs, keepHistory = false) {
  const m = new SchedModel({ procs, keepHistory });
  const end = Math.min(n, events.length);
  for (let i = 0; i < end; i++) m.apply(events[i]);
  return m;
}

/** A stable colour per goroutine (golden-angle hues), the same in panel, timeline and output. */
export function gColor(g, dark = true) {
  const h = (Number(g) * 137.508) % 360;
  return dark ? `hsl(${h.toFixed(0)} 65% 62%)` : `hsl(${h.toFixed(0)} 70% 38%)`;
}
