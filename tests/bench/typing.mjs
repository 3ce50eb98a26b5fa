// Typing: the main-thread work each keystroke in the names step's name field
// causes, measured in the page.
//
// The widget debounces typing by 300 ms, so one keystroke causes two separate
// tasks, each a frame of its own:
//  · "keystroke": the key/input events (the wasm's input handler sets the name
//    signal; Leptos' effects then run as microtasks: the journey's copy, the
//    debounce timer, the field's value);
//  · "suggestions": the debounce timer firing — normalise + generate + rank the
//    candidates in the wasm, then Leptos renders the list (keyed <For>);
//  · "look-ups": 0 ms timers the suggestions task sets, one per look-up worker
//    (at most six), each starting one fetch of a name not cached (tasks of their
//    own, so the new list shows first); only when there is something to look up.
// The name is typed one key every 350 ms (Playwright `keyboard.type` per character:
// keydown/keypress/input, or an insertText input for ễ and ị), longer than the
// debounce, so every keystroke causes both: the worst case per keystroke.
//
// How a task is timed: it starts at the first capture listener on window for a
// keydown/keypress/beforeinput/input (registered before the widget's own) or at
// the start of the debounce callback (window.setTimeout is wrapped before the
// module loads; the wasm calls it through the glue, and only 300 ms timers are
// timed). It ends in a MessageChannel message posted at its start: a message is a
// new task, so it runs after the task and every microtask it queued (Leptos runs
// effects and rendering as microtasks); there the page's style and layout are
// forced (getBoundingClientRect), so recalculating them is counted too. Not
// counted: paint and compositing, and the rendering of statuses that arrive later
// from the network (tasks of their own; the resolver answers 100 ms late so they
// do not land inside a timed task). A task that happens to run between the timed
// one and its message is counted with it: the figures err on the slow side.
// Cross-check from Chromium itself: Long Animation Frames (50 ms or more) while
// typing. (Event Timing is not used: its duration runs to the next paint, rounded
// to 8 ms, so it cannot tell 4 ms of work from 14 ms, and it does not see timers.)
import { namesPage, openNames } from "./journey.mjs";
import { median, quantile, startSite } from "./common.mjs";

export const NAME = "Nguyễn Thị Minh Khai Hoa";
const REPS = 5;
const KEY_DELAY = 350;

const INSTRUMENT = () => {
  // `on`: false, or the pass being typed ("fresh" or "cached"); times are { pass, ms }.
  const bench = (window.__bench = { on: false, keys: [], rebuilds: [], starts: [], loafs: [], open: false });
  const queue = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  const forceLayout = () => document.querySelector("#w")?.shadowRoot?.querySelector(".names")?.getBoundingClientRect();
  // Times from now to the end of this task and its microtasks, plus style and layout.
  const timeTask = (into, onEnd) => {
    const [t0, pass] = [performance.now(), bench.on];
    queue.push(() => {
      forceLayout();
      into.push({ pass, ms: performance.now() - t0 });
      onEnd?.();
    });
    channel.port2.postMessage(0);
  };
  for (const type of ["keydown", "keypress", "beforeinput", "input"]) {
    addEventListener(
      type,
      () => {
        if (!bench.on || bench.open) return;
        bench.open = true;
        timeTask(bench.keys, () => (bench.open = false));
      },
      true,
    );
  }
  const setTimeout = window.setTimeout;
  window.setTimeout = function (callback, ms, ...args) {
    if (ms === 300 && typeof callback === "function") {
      const debounced = callback;
      callback = function (...a) {
        if (bench.on) timeTask(bench.rebuilds);
        return debounced.apply(this, a);
      };
    } else if (ms === 0 && typeof callback === "function") {
      // Several of these run back to back, so a message would time them together:
      // each is timed to the end of the microtasks it queued (the look-up's future
      // is polled in one, and calls fetch() there).
      const start = callback;
      callback = function (...a) {
        const [t0, pass] = [performance.now(), bench.on];
        const result = start.apply(this, a);
        if (pass) queueMicrotask(() => queueMicrotask(() => bench.starts.push({ pass, ms: performance.now() - t0 })));
        return result;
      };
    }
    return setTimeout.call(this, callback, ms, ...args);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (bench.on) bench.loafs.push({ pass: bench.on, ms: e.duration });
  }).observe({ type: "long-animation-frame", buffered: false });
};

const summary = (xs) => ({ n: xs.length, p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) });

/** Types NAME into `field` one key every KEY_DELAY ms, timing it as `pass`. */
async function typeName(page, field, pass) {
  await field.fill("");
  await page.waitForTimeout(400);
  await field.focus();
  await page.evaluate((pass) => (window.__bench.on = pass), pass);
  for (const ch of NAME) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(KEY_DELAY);
  }
  await page.waitForTimeout(100);
  await page.evaluate(() => (window.__bench.on = false));
}

/**
 * Per-keystroke figures (ms) while typing NAME key by key, REPS times, each in a
 * new browser context (empty caches: every name is looked up, as for a visitor
 * typing their name once) through `proxy`, whose late answers (100 ms) land between
 * the timed tasks rather than inside them. Then, in the same page, NAME is typed
 * again: every suggestion is cached, so no look-up starts ("cached"), which tells
 * the suggestions' own cost from that of starting eight requests.
 *
 * Each keystroke's figure is the median of its REPS runs (the same key of the same
 * name each time), so a run slowed by another process on the machine does not pass
 * for the widget's work; p50 / p95 / max are then taken over the keystrokes. The
 * raw samples' figures are returned too (`raw`).
 */
export async function measureTyping(browser, proxy) {
  const site = await startSite({ "/t/typing.html": namesPage(proxy.url) });
  const chars = [...NAME].length;
  // [kind][pass] = one array of `chars` times per run.
  const runs = { keys: { fresh: [], cached: [] }, rebuilds: { fresh: [], cached: [] } };
  const loafs = [];
  const starts = [];
  let top;
  try {
    for (let rep = 0; rep < REPS; rep++) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      try {
        const page = await context.newPage();
        await page.addInitScript(INSTRUMENT);
        // Another name on the form, so NAME's own suggestions are not cached yet.
        const w = await openNames(page, site.url + "/t/typing.html", "Trần Văn Bình");
        const field = w.getByLabel("Full name");
        await typeName(page, field, "fresh");
        await typeName(page, field, "cached");
        const got = await page.evaluate(() => window.__bench);
        if (process.env.BENCH_DEBUG) console.error(JSON.stringify(got));
        for (const kind of ["keys", "rebuilds"]) {
          for (const pass of ["fresh", "cached"]) {
            const times = got[kind].filter((x) => x.pass === pass).map((x) => x.ms);
            if (times.length !== chars) throw new Error(`typing (${pass}): ${times.length} ${kind} timed for ${chars} keystrokes`);
            runs[kind][pass].push(times);
          }
        }
        loafs.push(...got.loafs.map((x) => x.ms));
        starts.push(...got.starts.filter((x) => x.pass === "fresh").map((x) => x.ms));
        top = await w.locator("li[data-domain]").first().getAttribute("data-domain");
      } finally {
        await context.close();
      }
    }
  } finally {
    await site.close();
  }
  const perKey = (reps) => reps[0].map((_, i) => median(reps.map((r) => r[i])));
  const keys = [...perKey(runs.keys.fresh), ...perKey(runs.keys.cached)];
  // Look-ups start only for keys whose names are not cached: not one per key.
  if (!starts.length) throw new Error("typing: no look-up task was timed");
  return {
    name: NAME,
    runs: REPS,
    keystrokes: chars,
    keystroke: summary(keys),
    suggestions: summary(perKey(runs.rebuilds.fresh)),
    suggestionsCached: summary(perKey(runs.rebuilds.cached)),
    lookups: summary(starts),
    raw: {
      keystroke: summary([...runs.keys.fresh.flat(), ...runs.keys.cached.flat()]),
      suggestions: summary(runs.rebuilds.fresh.flat()),
      suggestionsCached: summary(runs.rebuilds.cached.flat()),
    },
    longFrames: loafs.length,
    longFrameMax: loafs.length ? Math.max(...loafs) : 0,
    top,
  };
}
