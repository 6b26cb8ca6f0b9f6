// web/app/waitgraph.js — draws the engine's wait-for graph (cb.onWaitGraph, sent on a deadlock or
// on Stop with every goroutine blocked) as SVG: goroutines in the left column, the things they wait
// on (channels, mutexes, WaitGroups, ...) in the right one; a solid arrow "g waits on object", a
// dashed arrow "object can be woken by g". A cycle through those arrows is the deadlock and is
// drawn in red. Pure DOM construction; no layout library.
import { gColor } from './sched-model.js';

const NS = 'http://www.w3.org/2000/svg';
const ROW = 40, COLW = 270, PAD = 12, BOXH = 28;

const s = (tag, attrs = {}, text) => {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
};

/** Edges that lie on a cycle g → obj → g' → … (Tarjan-free: a DFS per node is plenty at this size). */
export function cycleEdges(graph) {
  const next = new Map();   // node key → [node key]
  const add = (a, b) => { if (!next.has(a)) next.set(a, []); next.get(a).push(b); };
  for (const g of graph.goroutines || []) if (g.waitsOn !== null && g.waitsOn !== undefined) add(`g${g.g}`, `o${g.waitsOn}`);
  for (const o of graph.objects || []) for (const w of o.wakers || []) add(`o${o.id}`, `g${w}`);
  const onCycle = new Set();
  for (const [a, outs] of next) {
    for (const b of outs) {
      // a→b is on a cycle when a is reachable from b.
      const seen = new Set([b]); const stack = [b];
      while (stack.length) { const n = stack.pop(); if (n === a) { onCycle.add(`${a}>${b}`); break; } for (const x of next.get(n) || []) if (!seen.has(x)) { seen.add(x); stack.push(x); } }
    }
  }
  return onCycle;
}

export function drawWaitGraph(root, graph, { dark = true } = {}) {
  const gs = graph?.goroutines || [];
  const os = graph?.objects || [];
  root.replaceChildren();
  const title = document.createElement('div');
  title.className = 'wg-title';
  title.textContent = `Wait-for graph: ${gs.length} goroutine${gs.length === 1 ? '' : 's'} blocked`;
  root.append(title);
  const rows = Math.max(gs.length, os.length, 1);
  const W = PAD * 2 + COLW * 2 + 120, H = PAD * 2 + rows * ROW;
  const svg = s('svg', { class: 'waitgraph', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img',
    'aria-label': `Wait-for graph: ${gs.map((g) => `g${g.g} ${g.reason}${g.waitsOn != null ? ` on ${os.find((o) => o.id === g.waitsOn)?.label || g.waitsOn}` : ''}`).join('; ')}` });
  svg.append(s('defs', {}));
  svg.firstChild.innerHTML = '<marker id="wg-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="context-stroke"/></marker>';
  const cyc = cycleEdges(graph || {});
  const gy = new Map(), oy = new Map();
  gs.forEach((g, i) => gy.set(g.g, PAD + i * ROW + BOXH / 2));
  os.forEach((o, i) => oy.set(o.id, PAD + i * ROW + BOXH / 2));
  const xg = PAD, xo = PAD + COLW + 120;
  const fg = dark ? '#ddd' : '#222';
  // Edges first so boxes draw over their ends.
  for (const g of gs) {
    if (g.waitsOn === null || g.waitsOn === undefined || !oy.has(g.waitsOn)) continue;
    const red = cyc.has(`g${g.g}>o${g.waitsOn}`);
    svg.append(s('path', { class: `wg-edge waits${red ? ' cycle' : ''}`, d: `M${xg + COLW} ${gy.get(g.g) - 4} C${xg + COLW + 60} ${gy.get(g.g) - 4} ${xo - 60} ${oy.get(g.waitsOn) - 4} ${xo} ${oy.get(g.waitsOn) - 4}`,
      stroke: red ? '#e5484d' : fg, fill: 'none', 'stroke-width': 1.5, 'marker-end': 'url(#wg-head)' }));
  }
  for (const o of os) {
    for (const w of o.wakers || []) {
      if (!gy.has(w)) continue;
      const red = cyc.has(`o${o.id}>g${w}`);
      svg.append(s('path', { class: `wg-edge wakes${red ? ' cycle' : ''}`, d: `M${xo} ${oy.get(o.id) + 5} C${xo - 60} ${oy.get(o.id) + 5} ${xg + COLW + 60} ${gy.get(w) + 5} ${xg + COLW} ${gy.get(w) + 5}`,
        stroke: red ? '#e5484d' : (dark ? '#888' : '#777'), fill: 'none', 'stroke-dasharray': '4 3', 'stroke-width': 1.2, 'marker-end': 'url(#wg-head)' }));
    }
  }
  gs.forEach((g, i) => {
    const y = PAD + i * ROW;
    const grp = s('g', { class: 'wg-g', 'data-g': g.g });
    grp.append(s('rect', { x: xg, y, width: COLW, height: BOXH, rx: 5, fill: dark ? '#262626' : '#f4f4f4', stroke: gColor(g.g, dark), 'stroke-width': 2 }));
    grp.append(s('text', { x: xg + 8, y: y + 18, fill: fg, 'font-size': 12 }, `g${g.g} ${g.reason || 'blocked'}${g.line ? ` · ${g.line}` : ''}`));
    grp.append(s('title', {}, `goroutine ${g.g}: ${g.reason}${g.line ? ` at ${g.line}` : ''}`));
    svg.append(grp);
  });
  os.forEach((o, i) => {
    const y = PAD + i * ROW;
    const grp = s('g', { class: 'wg-obj', 'data-obj': o.id });
    grp.append(s('rect', { x: xo, y, width: COLW, height: BOXH, rx: o.kind === 'chan' ? 14 : 2, fill: dark ? '#2d2d30' : '#fff', stroke: dark ? '#aaa' : '#666' }));
    // The engine's label may carry a note after " — " (what it could not track): box shows the
    // short part, the tooltip and the note line under the graph the rest.
    const label = String(o.label || '');
    const short = label.split(' — ')[0];
    let shown = short.startsWith(o.kind) ? short : `${o.kind} ${short}`.trim();
    if (o.line && !shown.includes(o.line)) shown += ` · ${o.line}`;
    if (shown.length > 42) shown = `${shown.slice(0, 41)}…`;
    grp.append(s('text', { x: xo + 8, y: y + 18, fill: fg, 'font-size': 12 }, shown));
    grp.append(s('title', {}, `${label.startsWith(o.kind) ? label : `${o.kind} ${label}`}${o.line ? ` (${o.line})` : ''}; can be woken by ${(o.wakers || []).map((w) => `g${w}`).join(', ') || 'no goroutine known'}`));
    svg.append(grp);
  });
  const legend = document.createElement('div');
  legend.className = 'wg-legend';
  legend.textContent = 'solid: waits on · dashed: could wake it · red: the cycle';
  const notes = [...new Set(os.map((o) => String(o.label || '').split(' — ')[1]).filter(Boolean))];
  if (notes.length) legend.textContent += ` · note: ${notes.join('; ')}`;
  root.append(svg, legend);
  return svg;
}
