// web/app/examples.js — the examples list (examples.json, preloaded by index.html), fetched and
// parsed once per page: boot.js asks first so that main.js's `await` of it continues right after
// main.js's own evaluation instead of a task later (behind DOMContentLoaded, the first frames and
// the engine's instantiation: ~140 ms on 2 cores in a Chromium trace). main.js asks too, for a
// page where boot.js did not run (its engine module failed to load).
export const examplesOnce = () =>
  (self.__gortExamples ??= fetch('./examples.json').then((r) => r.json()).catch(() => ({ examples: [] })));
