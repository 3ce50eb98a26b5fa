// One small driver adapter per browser engine, so that the cross-engine suite
// (engines.test.mjs) is written once:
//   Chromium     Debian's chromium, puppeteer-core over CDP
//   Firefox ESR  Debian's firefox-esr, puppeteer-core over WebDriver BiDi
//   WebKitGTK    WebKitGTK's MiniBrowser, selenium-webdriver through WebKitWebDriver,
//                under an Xvfb display (MiniBrowser has no headless mode)
// No tool here downloads a browser. Every session start and every command has a
// timeout (WebKitWebDriver's New Session hangs, rather than fails, without a display);
// the helper processes are stopped by their process ids.
//
// An adapter has:
//   start()                 launch the engine (and its helpers)
//   open(url)               a fresh tab on `url` (the previous one is closed)
//   run(fn, ...args)        fn's JSON result, fn run in the page (`fn` must be
//                           self-contained: it is sent as source)
//   element(fn, ...args)    a handle on the element `fn` returns in the page
//   type(handle, text)      keyboard input into a field (focusing it first)
//   click(handle)           a pointer click at the element's centre, scrolled into view
//   screenshot()            the viewport as PNG (a Buffer)
//   stop()
import { spawn } from "node:child_process";
import { access } from "node:fs/promises";
import puppeteer from "puppeteer-core";
import { Builder, Key, WebElement } from "selenium-webdriver";
import { freePort, stopProcess } from "./dns.mjs";

const COMMAND_MS = 20000;

/** `promise`, or an error naming `what` after `ms`. */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const source = (fn, args) => `return (${fn}).apply(null, ${JSON.stringify(args)});`;

/** Chromium and Firefox: both through puppeteer-core. */
class Puppeteer {
  constructor(name, options) {
    this.name = name;
    this.options = options;
  }

  async start() {
    this.browser = await within(60000, `${this.name}: launch`, puppeteer.launch({ headless: true, ...this.options }));
  }

  async open(url) {
    await this.page?.close();
    this.page = await this.browser.newPage();
    await this.page.setViewport({ width: 1280, height: 900 });
    await within(COMMAND_MS, `${this.name}: open ${url}`, this.page.goto(url));
  }

  run(fn, ...args) {
    return within(COMMAND_MS, `${this.name}: run`, this.page.evaluate(new Function(source(fn, args))));
  }

  async element(fn, ...args) {
    const handle = await within(COMMAND_MS, `${this.name}: element`, this.page.evaluateHandle(new Function(source(fn, args))));
    const element = handle.asElement();
    if (!element) throw new Error(`${this.name}: no element from ${fn}`);
    return element;
  }

  type(handle, text) {
    return within(COMMAND_MS, `${this.name}: type`, handle.type(text));
  }

  click(handle) {
    return within(COMMAND_MS, `${this.name}: click`, handle.click());
  }

  screenshot() {
    return within(COMMAND_MS, `${this.name}: screenshot`, this.page.screenshot()).then(Buffer.from);
  }

  async stop() {
    await this.browser?.close();
  }
}

/** Xvfb on the first free display; resolves to { display, process }. */
function startXvfb() {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x2000x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let stderr = "";
  xvfb.stderr.on("data", (d) => (stderr += d));
  const display = new Promise((ok, fail) => {
    let out = "";
    xvfb.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) ok(`:${out.trim()}`);
    });
    xvfb.once("exit", (code) => fail(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return within(10000, "Xvfb: display", display).then((d) => ({ display: d, process: xvfb }));
}

/** Resolves once something listens on 127.0.0.1:`port`. */
async function listening(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nothing listens on port ${port}`);
}

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/**
 * WebKitGTK. What WebKitWebDriver cannot do and how the suite does it instead:
 * - no console or page-error access (no BiDi, no log endpoint): the test pages load
 *   a recorder script first thing in <head> and the suite reads it back (the same
 *   for every engine);
 * - Element Click on a text field inside a shadow root fails with
 *   ElementClickInterceptedError (its hit test, not the page): such clicks go through
 *   the Actions API, typing through Element Send Keys (which focuses the field);
 * - element screenshots have a black band: viewport screenshots only.
 */
class WebKit {
  name = "webkit";

  async start() {
    await access(MINIBROWSER);
    this.xvfb = await startXvfb();
    const port = await freePort();
    this.driverProcess = spawn("WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], {
      env: { ...process.env, DISPLAY: this.xvfb.display },
      stdio: "ignore",
    });
    await listening(port, 10000);
    const capabilities = {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    };
    this.driver = await within(
      60000,
      "webkit: new session",
      new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build(),
    );
    await this.driver.manage().setTimeouts({ script: COMMAND_MS, pageLoad: COMMAND_MS });
    await this.driver.manage().window().setRect({ width: 1280, height: 900 });
  }

  async open(url) {
    await within(COMMAND_MS, `webkit: open ${url}`, this.driver.get(url));
  }

  run(fn, ...args) {
    return within(COMMAND_MS, "webkit: run", this.driver.executeScript(source(fn, args)));
  }

  async element(fn, ...args) {
    const element = await this.run(fn, ...args);
    if (!(element instanceof WebElement)) throw new Error(`webkit: no element from ${fn}`);
    return element;
  }

  type(handle, text) {
    // A bare "\n" is not a key to WebKitWebDriver: Enter is.
    return within(COMMAND_MS, "webkit: type", handle.sendKeys(text.replaceAll("\n", Key.ENTER)));
  }

  async click(handle) {
    // Element Click: it scrolls, checks what is under the point and says so rather
    // than clicking something else (a step still settling moved a registrar link under
    // a button once). Its hit test fails on fields inside a shadow root, though: then
    // a pointer click through the Actions API.
    try {
      await within(COMMAND_MS, "webkit: click", handle.click());
    } catch (e) {
      if (e.name !== "ElementClickInterceptedError") throw e;
      await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", handle);
      await within(COMMAND_MS, "webkit: click", this.driver.actions().move({ origin: handle }).click().perform());
    }
  }

  async screenshot() {
    return Buffer.from(await within(COMMAND_MS, "webkit: screenshot", this.driver.takeScreenshot()), "base64");
  }

  async stop() {
    try {
      if (this.driver) await within(10000, "webkit: quit", this.driver.quit());
    } finally {
      await stopProcess(this.driverProcess);
      await stopProcess(this.xvfb?.process);
    }
  }
}

const ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"];

/** The engines the suite runs in, by name. */
export const ENGINES = {
  chromium: () =>
    new Puppeteer("chromium", {
      browser: "chrome",
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [...ARGS, "--no-first-run", "--disable-features=LocalNetworkAccessChecks"],
    }),
  firefox: () => new Puppeteer("firefox", { browser: "firefox", executablePath: "/usr/bin/firefox-esr" }),
  webkit: () => new WebKit(),
};
