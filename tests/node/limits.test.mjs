// tests/node/limits.test.mjs — the limits a host sets (wall time, Go heap, output bytes,
// goroutines), through the CLI flags natively and under Node and through the Node API's
// options: a program that exceeds one ends with exit status 124 and a last stderr line
// "gort: program exceeded the ... limit"; one that stays within them runs as usual.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineStats, run } from '../../web/node/index.mjs';
import { hosts, nodelibDir, runCli, tempGo } from './helpers.mjs';

const prog = (imports, body) => `package main\n\nimport (\n${imports.map((i) => `\t"${i}"\n`).join('')})\n\n${body}\n`;

const cases = [
  {
    name: 'time: a spinning program (every P busy)',
    src: prog(['fmt'], 'func main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() {\n\t\t\tfor {\n\t\t\t}\n\t\t}()\n\t}\n\tfmt.Println("spinning")\n\tfor {\n\t}\n}'),
    flags: ['--time-limit', '300ms'], api: { timeLimit: 300 }, limit: 'time',
    message: 'gort: program exceeded the 300ms time limit\n',
    check: (r) => assert.equal(r.stdout, 'spinning\n'),
  },
  {
    name: 'time: fake time cannot outrun it',
    src: prog(['time'], 'func main() {\n\tfor {\n\t\ttime.Sleep(time.Hour)\n\t}\n}'),
    flags: ['--faketime', '--time-limit', '0.4s'], api: { faketime: true, timeLimit: '0.4s' }, limit: 'time',
    message: 'gort: program exceeded the 400ms time limit\n',
  },
  {
    name: 'memory: a live heap that only grows',
    src: prog(['fmt'], 'func main() {\n\tvar keep [][]byte\n\tfor i := 1; ; i++ {\n\t\tkeep = append(keep, make([]byte, 8<<20)) // 8 MiB\n\t\tfmt.Println(i*8, "MiB")\n\t}\n}'),
    flags: ['--memory-limit', '64MiB'], api: { memoryLimit: 64 * 1024 * 1024 }, limit: 'memory',
    message: 'gort: program exceeded the 64 MiB memory limit\n',
    check: (r) => {
      const last = Number(r.stdout.trim().split('\n').at(-1).split(' ')[0]);
      assert.ok(last >= 56 && last <= 136, `got to ${last} MiB`);
    },
  },
  {
    name: 'memory: garbage is collected, not counted',
    src: prog(['fmt'], 'var sink []byte\n\nfunc main() {\n\tfor i := 0; i < 100; i++ {\n\t\tsink = make([]byte, 4<<20) // 4 MiB\n\t}\n\tfmt.Println("400 MiB allocated")\n}'),
    flags: ['--memory-limit', '32MiB'], api: { memoryLimit: '32MiB' }, limit: null,
    check: (r) => assert.equal(r.stdout, '400 MiB allocated\n'),
  },
  {
    name: 'memory: one allocation larger than the limit',
    src: prog(['fmt'], 'func main() {\n\tfmt.Println("before")\n\tb := make([]byte, 512<<20) // 512 MiB\n\tfmt.Println("after", len(b))\n}'),
    flags: ['--memory-limit', '16MiB'], api: { memoryLimit: '16MiB' }, limit: 'memory',
    message: 'gort: program exceeded the 16 MiB memory limit\n',
    check: (r) => assert.equal(r.stdout, 'before\n'),
  },
  {
    name: 'output: printing forever',
    src: prog(['fmt'], 'func main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println("line", i)\n\t}\n}'),
    flags: ['--output-limit', '1000'], api: { outputLimit: 1000 }, limit: 'output',
    message: 'gort: program exceeded the 1000 bytes output limit\n',
    check: (r) => {
      assert.equal(r.stdout.length, 1000);
      assert.ok(r.stdout.startsWith('line 0\nline 1\n'));
    },
  },
  {
    name: 'goroutines: a fork bomb of blocked goroutines',
    src: prog(['fmt'], 'func main() {\n\tfmt.Println("forking")\n\tfor {\n\t\tgo func() {\n\t\t\tselect {}\n\t\t}()\n\t}\n}'),
    flags: ['--max-goroutines', '100'], api: { maxGoroutines: 100 }, limit: 'goroutines',
    message: 'gort: program exceeded the 100-goroutine limit\n',
    check: (r) => assert.equal(r.stdout, 'forking\n'),
  },
  {
    name: 'within every limit: runs as usual',
    src: prog(['fmt', 'time'], 'func main() {\n\tdone := make(chan bool)\n\tfor i := 0; i < 10; i++ {\n\t\tgo func() { done <- true }()\n\t}\n\tfor i := 0; i < 10; i++ {\n\t\t<-done\n\t}\n\ttime.Sleep(10 * time.Millisecond)\n\tfmt.Println("fine")\n}'),
    flags: ['--time-limit', '20s', '--memory-limit', '64MiB', '--output-limit', '5', '--max-goroutines', '11'],
    api: { timeLimit: '20s', memoryLimit: '64MiB', outputLimit: 5, maxGoroutines: 11 }, limit: null,
    check: (r) => assert.equal(r.stdout, 'fine\n'),
  },
];

function checkResult(r, c, code) {
  if (c.limit) {
    assert.equal(code, 124, r.stderr.slice(0, 500));
    assert.ok(r.stderr.endsWith(c.message), `stderr: ${JSON.stringify(r.stderr.slice(-300))}`);
  } else {
    assert.equal(code, 0, r.stderr.slice(0, 500));
    assert.equal(r.stderr, '');
  }
  if (c.check) c.check(r);
}

for (const [host] of hosts) {
  describe(`limits: gort CLI (${host})`, () => {
    for (const c of cases) {
      test(c.name, async () => {
        const r = await runCli(host, ['run', tempGo(c.src), ...c.flags], { timeoutMs: 60000 });
        checkResult(r, c, r.code);
      });
    }
    test('bad limit flags are usage errors (exit 2)', async () => {
      const hello = tempGo(prog(['fmt'], 'func main() {\n\tfmt.Println("hi")\n}'));
      for (const flags of [['--time-limit', 'soon'], ['--memory-limit', '12 parsecs'], ['--max-goroutines', '0']]) {
        const r = await runCli(host, ['run', hello, ...flags]);
        assert.equal(r.code, 2, flags.join(' '));
        assert.match(r.stderr, new RegExp(flags[0]));
      }
    });
  });
}

describe('limits: Node API', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const r = await run(c.src, { buildDir: nodelibDir, ...c.api });
      checkResult(r, c, r.exitCode);
      assert.equal(r.limit, c.limit ?? undefined);
    });
  }
  test('after every limit the engine runs the next program', async () => {
    const before = engineStats().enginesCreated;
    const r = await run(prog(['fmt'], 'func main() {\n\tfmt.Println("next")\n}'), { buildDir: nodelibDir });
    assert.equal(r.stdout, 'next\n');
    assert.equal(r.exitCode, 0);
    assert.equal(engineStats().enginesCreated, before);
  });
  test('bad limit options', async () => {
    const r = await run('package main\n\nfunc main() {}\n', { buildDir: nodelibDir, timeLimit: 'soon' });
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /timeLimit/);
  });
});
