// The HTML report in a real browser: headless Chromium opens the written files from disk, with
// nothing else allowed to load. It must draw its charts (non-zero boxes, bars as long as their
// times), sort a table on a header click, log no error, and run no script a name smuggled in.
// Chromium is required, not optional: CI installs it (.ci/run), and a missing one fails here.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleText } from "../../../src/report/html/escape-html.js";
import { renderHtml, type HtmlReportInput } from "../../../src/report/html/render-html.js";
import { makeTempDir, removeTemp } from "../../../src/temp-files.js";
import { CHROMIUM_MISSING, findChromium, launchChromium, screenshotReport } from "../../../scripts/screenshot-report.js";
import { hostileInput, HOSTILE_NAME, realisticInput } from "./report-fixtures.js";

let browser: Browser;
let dir: string;
let realistic: HtmlReportInput;
const files = { realistic: "", hostile: "" };

beforeAll(async () => {
  const chromium = findChromium();
  if (chromium === undefined) throw new Error(CHROMIUM_MISSING);
  dir = makeTempDir("dnntune-html-");
  realistic = realisticInput();
  files.realistic = join(dir, "report.html");
  files.hostile = join(dir, "hostile.html");
  writeFileSync(files.realistic, renderHtml(realistic));
  writeFileSync(files.hostile, renderHtml(hostileInput()));
  browser = await launchChromium(chromium);
});

afterAll(async () => {
  await browser?.close();
  if (dir) removeTemp(dir);
});

interface Visit {
  page: Page;
  /** Console errors and warnings, uncaught exceptions, and any dialog (alert) opened. */
  problems: string[];
  /** Requests for anything but the report itself. */
  requests: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const self = pathToFileURL(path).href;
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${String(error)}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (request.url() !== self) requests.push(request.url());
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(self, { waitUntil: "load" });
  return { page, problems, requests };
}

interface Box {
  width: number;
  height: number;
}

interface ChartCensus {
  layers: Box[];
  distribution: Box[];
  split: Box[];
  /** Rendered widths of each bar row's base and head bar (null when absent). */
  bars: { verdict: string; base: number | null; head: number | null }[];
  dots: number;
  polylines: Box[];
  scripts: number;
  pwned: unknown;
}

// Runs in the page; a string, since this project's TypeScript has no DOM types.
const CENSUS = `(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { width: r.width, height: r.height }; };
  const charts = (kind) => Array.from(document.querySelectorAll("svg.chart-" + kind)).map(box);
  const width = (el) => (el ? el.getBoundingClientRect().width : null);
  return {
    layers: charts("layers"),
    distribution: charts("distribution"),
    split: charts("split"),
    bars: Array.from(document.querySelectorAll("svg.chart-layers g.bar-row")).map((g) => ({
      verdict: g.getAttribute("class"),
      base: width(g.querySelector("rect.bar-base")),
      head: width(g.querySelector("rect.bar-head")),
    })),
    dots: document.querySelectorAll("svg.chart-distribution circle").length,
    polylines: Array.from(document.querySelectorAll("svg.chart-split polyline")).map(box),
    scripts: document.scripts.length,
    pwned: window.__pwned,
  };
})()`;

async function census(page: Page): Promise<ChartCensus> {
  return (await page.evaluate(CENSUS)) as ChartCensus;
}

function expectDrawn(boxes: Box[], count: number): void {
  expect(boxes).toHaveLength(count);
  for (const b of boxes) {
    expect(b.width).toBeGreaterThan(100);
    expect(b.height).toBeGreaterThan(30);
  }
}

describe("the HTML report in Chromium", () => {
  it("draws every chart, loads nothing and logs no error", async () => {
    const { page, problems, requests } = await visit(files.realistic);
    try {
      const c = await census(page);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      expect(c.scripts).toBe(1);
      expectDrawn(c.layers, 6);
      expectDrawn(c.distribution, 6);
      expectDrawn(c.split, realistic.splits!.head.splits.length);
      expect(c.polylines.length).toBe(2 * c.split.length);
      for (const p of c.polylines) expect(p.width).toBeGreaterThan(100);
      expect(c.dots).toBeGreaterThanOrEqual(6 * 2 * 30);
      // 2 × 24 + 4 × 12 layers, each with both bars drawn.
      expect(c.bars).toHaveLength(96);
      for (const bar of c.bars) {
        expect(bar.base).toBeGreaterThan(0);
        expect(bar.head).toBeGreaterThan(0);
      }
    } finally {
      await page.close();
    }
  });

  it("draws the regressed layer's head bar as much longer as its median is", async () => {
    const { page } = await visit(files.realistic);
    try {
      const c = await census(page);
      const regressed = c.bars.filter((b) => b.verdict?.includes("verdict-regression"));
      expect(regressed).toHaveLength(1);
      const endpoint = realistic.comparison.endpoints.find((e) => e.metric === "layer" && e.verdict === "regression")!;
      expect(regressed[0]!.head! / regressed[0]!.base!).toBeCloseTo(endpoint.headMedianUs! / endpoint.baseMedianUs!, 1);
    } finally {
      await page.close();
    }
  });

  it("sorts a layer table when a header is clicked, and reverses on a second click", async () => {
    const { page, problems } = await visit(files.realistic);
    try {
      const table = 'table[data-table="layers-pixel7-mobilenet"]';
      const column = async (n: number) => (await page.evaluate(`Array.from(document.querySelectorAll('${table} tbody tr')).map((row) => row.cells[${n}].getAttribute("data-sort"))`)) as string[];
      const numbers = async (n: number) => (await column(n)).map(Number);
      const ascending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! <= v);
      // Columns: #, Layer, Op, Base, Head, …
      const before = await numbers(4);
      expect(ascending(before)).toBe(false);
      await page.click(`${table} thead th:nth-child(5) button`);
      const up = await numbers(4);
      expect(ascending(up)).toBe(true);
      expect([...up].sort((a, b) => a - b)).toEqual([...before].sort((a, b) => a - b));
      await page.click(`${table} thead th:nth-child(5) button`);
      expect(ascending((await numbers(4)).reverse())).toBe(true);
      expect(await page.evaluate(`document.querySelector('${table} thead th:nth-child(5)').getAttribute("aria-sort")`)).toBe("descending");
      // Text columns sort by name; the row numbers travel with their rows.
      await page.click(`${table} thead th:nth-child(2) button`);
      const names = await column(1);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
      await page.click(`${table} thead th:nth-child(1) button`);
      expect(await numbers(0)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("runs none of the markup in a hostile name, and still draws its charts", async () => {
    const { page, problems, requests } = await visit(files.hostile);
    try {
      const c = await census(page);
      expect(c.pwned).toBeUndefined();
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      expect(c.scripts).toBe(1);
      expectDrawn(c.layers, 2);
      expectDrawn(c.distribution, 2);
      expect(c.split.length).toBeGreaterThan(0);
      expect(c.bars).toHaveLength(24);
      // The name shows as text: in a table cell (whole), in the chart label (shortened).
      const shown = (await page.evaluate(`(() => {
        const cell = Array.from(document.querySelectorAll("details.long-name .name")).map((e) => e.textContent).find((t) => t.length > 9000);
        const label = Array.from(document.querySelectorAll("svg.chart-layers text.label")).map((e) => e.textContent).find((t) => t.startsWith("a|b"));
        return { cell, label, injected: document.querySelectorAll("img, iframe, svg[onload], [onerror]").length };
      })()`)) as { cell?: string; label?: string; injected: number };
      expect(shown.injected).toBe(0);
      expect(shown.cell?.startsWith("a|b`<script>alert(1)</script>-->\\n<script>window.__pwned")).toBe(true);
      expect(shown.cell).toBe(visibleText(HOSTILE_NAME));
      expect(shown.label).toBe("a|b`<script>alert(1)</script>--…");
    } finally {
      await page.close();
    }
  });

  it("writes a PNG screenshot of a report", async () => {
    const png = join(dir, "report.png");
    await screenshotReport(files.realistic, png, { browser, width: 1000 });
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width, then a full-page height far taller than one screen.
    expect(bytes.readUInt32BE(16)).toBe(1000);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(3000);
  });
});
