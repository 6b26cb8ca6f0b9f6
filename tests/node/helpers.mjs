// tests/node/helpers.mjs — shared by the node:test suites: where the builds are, and running
// the gort CLI (native or under Node) as a child process while recording when each line
// arrives, so tests can check that output is streamed rather than held until exit.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const nativeBin = process.env.GORT_NATIVE || path.join(root, 'build/native/gort');
export const nodeCli = path.join(root, 'web/node/cli.mjs');
export const nodelibDir = process.env.GORT_NODELIB || path.join(root, 'build/wasm-nodelib');

/** The two CLI hosts: [name, command, leading args]. */
export const hosts = [
  ['native', nativeBin, []],
  ['node', process.execPath, [nodeCli]],
];

/** Writes a Go program to a temporary file and returns its path. */
export function tempGo(source, name = 'prog.go') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gort-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  return file;
}

/**
 * Starts `gort ARGS...` on a host. Returns {child, lines, done} where lines fill in as they
 * arrive ({text, stream, at} with `at` in ms since start) and done resolves to
 * {code, stdout, stderr, lines, exitAt}.
 */
export function startCli(host, args, { env = {} } = {}) {
  const [, cmd, lead] = hosts.find(([n]) => n === host);
  const t0 = performance.now();
  const child = spawn(cmd, [...lead, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = [];
  let stdout = ''; let stderr = '';
  const collect = (stream) => {
    let partial = '';
    return (chunk) => {
      const at = performance.now() - t0;
      if (stream === 'stdout') stdout += chunk; else stderr += chunk;
      partial += chunk;
      let i;
      while ((i = partial.indexOf('\n')) >= 0) {
        lines.push({ text: partial.slice(0, i), stream, at });
        partial = partial.slice(i + 1);
      }
    };
  };
  child.stdout.setEncoding('utf8').on('data', collect('stdout'));
  child.stderr.setEncoding('utf8').on('data', collect('stderr'));
  child.stdin.on('error', () => {});
  const done = new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code: code ?? 128, signal, stdout, stderr, lines, exitAt: performance.now() - t0 }));
  });
  return { child, lines, done };
}

/** Runs the CLI to completion with the given stdin (default: empty). */
export async function runCli(host, args, { stdin = '', env, timeoutMs = 60000 } = {}) {
  const p = startCli(host, args, { env });
  p.child.stdin.end(stdin);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const r = await p.done;
  clearTimeout(timer);
  return r;
}

/** Resolves once a line matching `re` has arrived (polls the array the CLI fills). */
export async function waitForLine(lines, re, timeoutMs = 20000) {
  const t0 = Date.now();
  for (;;) {
    const l = lines.find((x) => re.test(x.text));
    if (l) return l;
    if (Date.now() - t0 > timeoutMs) throw new Error(`no line matching ${re} within ${timeoutMs} ms; got ${JSON.stringify(lines.map((x) => x.text))}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/**
 * Go declarations (imports sync, sync/atomic, time) of `runInParallel(wg)`: two goroutines that
 * return only once each has seen the other's counter move during a stretch of its own that took
 * under 2 ms. On one P the other goroutine runs only when this one is preempted, and then for a
 * whole 10 ms slice, so the program ends only after both Ps ran goroutines at the same time. A
 * test that asserts "both Ps ran" then asserts what the program waited for, not what a busy
 * machine happened to allow (a fixed amount of work can finish on one P before the second M is
 * scheduled at all).
 */
export const parallelPairGo = `
var pairCounts [2]int64
var pairSeen [2]int32

func pairSpin(me int, wg *sync.WaitGroup) {
	defer wg.Done()
	other := 1 - me
	for atomic.LoadInt32(&pairSeen[0]) == 0 || atomic.LoadInt32(&pairSeen[1]) == 0 {
		t0 := time.Now()
		before := atomic.LoadInt64(&pairCounts[other])
		for i := 0; i < 200; i++ {
			atomic.AddInt64(&pairCounts[me], 1)
		}
		if atomic.LoadInt64(&pairCounts[other]) != before && time.Since(t0) < 2*time.Millisecond {
			atomic.StoreInt32(&pairSeen[me], 1)
		}
	}
}

func runInParallel(wg *sync.WaitGroup) {
	wg.Add(2)
	go pairSpin(0, wg)
	go pairSpin(1, wg)
}
`;
