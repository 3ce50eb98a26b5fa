// Measures, in a page: what scrolls sideways, targets under 44 × 44 px, and where
// the names step's first suggestion is. Shared by phone.test.mjs and the bench.
/** Everything in the widget's shadow root a finger or a pointer may touch, smaller than min × min. */
export function smallTargets(page, min = 44) {
  return page.evaluate((min) => {
    const root = document.querySelector("#w").shadowRoot;
    const small = [];
    const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${(el.textContent || el.getAttribute("aria-label") || el.value || "").trim().slice(0, 40)}"`;
    for (const el of root.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest(".visually-hidden")) continue;
      let r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // A link inside running text (a sentence with other words around it) is
      // excepted (WCAG 2.5.8's inline exception).
      if (el.tagName === "A") {
        const parent = el.parentElement;
        const own = (el.textContent || "").trim();
        const around = (parent.textContent || "").trim();
        if (around.length > own.length + 1 && getComputedStyle(el).display === "inline") continue;
      }
      // A radio or checkbox is touched through its label too: the union counts.
      if ((el.type === "radio" || el.type === "checkbox") && el.labels?.[0]) {
        const l = el.labels[0].getBoundingClientRect();
        const left = Math.min(r.left, l.left), top = Math.min(r.top, l.top);
        r = { width: Math.max(r.right, l.right) - left, height: Math.max(r.bottom, l.bottom) - top };
      }
      if (r.width < min - 0.5 || r.height < min - 0.5) small.push(`${describe(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  }, min);
}

/** Sideways scrolling: the page's and the widget panel's. */
export function sideways(page) {
  return page.evaluate(() => {
    const panel = document.querySelector("#w")?.shadowRoot?.querySelector("section.vnda");
    return {
      page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      panel: panel ? Math.max(0, panel.scrollWidth - panel.clientWidth) : 0,
      widest: document.documentElement.scrollWidth,
    };
  });
}

/** On the names step: px from the step heading's top to the first suggestion's bottom, and the header's height. */
export function namesDistance(page) {
  return page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    const heading = root.querySelector("#vnda-step-heading").getBoundingClientRect();
    const first = root.querySelector("li[data-domain]").getBoundingClientRect();
    const title = root.querySelector("#vnda-title").getBoundingClientRect();
    return { toFirst: Math.round(first.bottom - heading.top), header: Math.round(heading.top - title.top), firstBottomFromPanelTop: Math.round(first.bottom - title.top) };
  });
}

/** The labels the keyboard walk looks for (src/i18n). */
export const PHONE_TEXT = {
  vi: { next: "Tiếp tục", back: "Quay lại", name: "Họ và tên", check: "Kiểm tra", continueNames: "Tiếp tục: chọn tên miền", choose: "Chọn tên này" },
  en: { next: "Continue", back: "Back", name: "Full name", check: "Check", continueNames: "Continue: choose a name", choose: "Choose this name" },
  km: { next: "បន្ត", back: "ត្រឡប់ក្រោយ", name: "ឈ្មោះពេញ", check: "ពិនិត្យ", continueNames: "បន្ត៖ ជ្រើសរើសឈ្មោះដែន", choose: "ជ្រើសរើសឈ្មោះនេះ" },
};

const active = (page) =>
  page.evaluate(() => {
    const el = document.querySelector("#w").shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? null,
      label: (el.labels?.[0]?.textContent ?? el.textContent ?? "").trim(),
      registrar: el.dataset?.registrar ?? null,
      status: el.closest("li[data-status]")?.dataset.status ?? null,
    };
  });

/**
 * From focus on the eligibility step's first field to the first registrar link,
 * by keyboard: types `person` (name, date, ID), ticks the citizenship box, checks,
 * goes on, chooses the first likely-available name. Returns the Tab presses it took.
 */
export async function tabsToRegistrar(page, lang, person) {
  const t = PHONE_TEXT[lang];
  let tabs = 0;
  const tabTo = async (what, want, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      tabs++;
      const f = await active(page);
      if (f && want(f)) return f;
    }
    throw new Error(`Tab never reached ${what}`);
  };
  await page.locator("#w").getByLabel(t.name, { exact: true }).focus();
  await page.keyboard.type(person.name);
  await tabTo("the date", (f) => f.tag === "input" && f.type === "text");
  await page.keyboard.type(person.date);
  await tabTo("the ID", (f) => f.tag === "input" && f.type === "text");
  await page.keyboard.type(person.id);
  await tabTo("the citizenship box", (f) => f.type === "checkbox");
  await page.keyboard.press("Space");
  await tabTo(`"${t.check}"`, (f) => f.tag === "button" && f.label === t.check);
  await page.keyboard.press("Enter");
  await page.locator("#w [data-outcome]").waitFor();
  await tabTo(`"${t.continueNames}"`, (f) => f.tag === "button" && f.label === t.continueNames);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => {
    const items = [...document.querySelector("#w").shadowRoot.querySelectorAll("li[data-domain]")];
    return items.some((li) => li.dataset.status === "likely-available");
  });
  await tabTo(`"${t.choose}"`, (f) => f.tag === "button" && f.label === t.choose && f.status === "likely-available");
  await page.keyboard.press("Enter");
  await page.locator("#w a[data-registrar]").first().waitFor();
  await tabTo("a registrar link", (f) => f.tag === "a" && f.registrar !== null);
  return tabs;
}

/**
 * Sentences said more than once on the screen (20 characters or more), outside
 * the lists that repeat by nature (one status per name, one "opens in a new tab"
 * per registrar).
 */
export function repeatedSentences(page) {
  return page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    const blocks = [...root.querySelectorAll("p, h2, h3, h4, h5, legend, summary, label, li, td, th")].filter(
      (el) =>
        el.checkVisibility() &&
        !el.closest("ul.names, .registrar-list, .visually-hidden") &&
        !el.querySelector("p, li, ul, ol, div, label"),
    );
    const seen = new Map();
    for (const el of blocks) {
      for (const s of el.innerText.split(/(?<=[.!?។:])\s+|\n+/)) {
        const sentence = s.trim();
        if (sentence.length >= 20) seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
      }
    }
    return [...seen].filter(([, n]) => n > 1).map(([s, n]) => `${n}× "${s}"`);
  });
}
