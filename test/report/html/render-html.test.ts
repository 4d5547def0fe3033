// The HTML report as text: self-contained, its one script allowed by hash, every section the
// inputs call for, and every model-controlled string escaped (the browser test runs it for real).
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Endpoint } from "../../../src/compare/types.js";
import { barsShown, CONTENT_SECURITY_POLICY, HTML_REPORT_MARKER, latencySides, renderHtml, type HtmlReportInput } from "../../../src/report/html/render-html.js";
import { SORT_SCRIPT } from "../../../src/report/html/sortable-table.js";
import { decisionOf, hostileInput, HOSTILE_DEVICE, HOSTILE_MODEL, HOSTILE_NAME, HOSTILE_OP, realisticInput } from "./report-fixtures.js";
import { allEquivalent, inconclusive } from "../scenarios.js";

let input: HtmlReportInput;
let html: string;
let hostile: string;

beforeAll(() => {
  input = realisticInput();
  html = renderHtml(input, { generatedAt: "2026-12-03T10:00:00Z" });
  hostile = renderHtml(hostileInput());
});

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, `g${pattern.flags}`))?.length ?? 0;

describe("renderHtml: a self-contained page", () => {
  it("loads nothing: no external script, style, font, image or frame", () => {
    for (const page of [html, hostile]) {
      expect(/\s(src|srcset|href|xlink:href|action|data)="(?!#)/i.exec(page)?.[0]).toBeUndefined();
      expect(/<(link|iframe|img|object|embed|base|form)\b/i.exec(page)?.[0]).toBeUndefined();
      expect(/url\(|@import|@font-face|https?:/i.exec(page)?.[0]).toBeUndefined();
    }
  });

  it("has one script, and the Content-Security-Policy allows exactly it", () => {
    expect(count(html, /<script/i)).toBe(1);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).toBe(SORT_SCRIPT);
    const hash = createHash("sha256").update(script, "utf8").digest("base64");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'sha256-${hash}'`);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it("is pure: the same input renders the same page", () => {
    expect(renderHtml(input, { generatedAt: "2026-12-03T10:00:00Z" })).toBe(html);
  });
});

describe("renderHtml: what it says", () => {
  it("opens with the gate's headline and counts", () => {
    expect(input.decision.verdict).toBe("fail");
    expect(html).toContain('<p class="headline headline-fail">✗ Fail: 1 regression fails the gate</p>');
    expect(html).toContain("3 models on 2 devices: 1 regression, 1 improvement, 4 equivalent, 0 inconclusive, 0 missing");
    expect(html).toContain("<title>DNNTune report: fail</title>");
  });

  it.each([
    // The realistic input carries stability warnings: its pass is a pass with warnings.
    ["pass", "warn", { failOn: [] }, /⚠ Pass with \d+ warnings?: no gated regression found, but not everything was decided/],
    ["accepted", "accepted", { accepted: true }, /⚠ Accepted: 1 regression accepted with the label dnntune:accept/],
  ] as const)("says %s", (verdict, tone, policy, headline) => {
    const decision = decisionOf(input.comparison, policy);
    expect(decision.verdict).toBe(verdict);
    expect(renderHtml({ ...input, decision })).toMatch(new RegExp(`headline-${tone}">${headline.source}</p>`));
  });

  it("says when there was no baseline", () => {
    const missing = input.comparison.endpoints.map((e): Endpoint => ({ ...e, verdict: "missing", reason: "not in the baseline", ratio: null, ci: null, p: null, pAdjusted: null }));
    const comparison = { ...input.comparison, endpoints: missing };
    const page = renderHtml({ comparison, decision: decisionOf(comparison) });
    expect(page).toContain("⚠ No baseline: nothing could be compared");
    expect(page).toContain("not in the baseline");
    expect(page).not.toContain("chart-split");
  });

  it("lists every primary endpoint, the layer that moved and the split changes", () => {
    const table = (name: string) => new RegExp(`<table class="[^"]*" data-table="${name}">[\\s\\S]*?</table>`).exec(html)![0];
    expect(count(table("primary"), /<tr>/)).toBe(1 + 6);
    const moved = table("layers-moved");
    expect(moved).toContain("/features/0/Conv_2");
    expect(moved).toContain("✗ regression");
    expect(count(table("split"), /<tr>/)).toBe(1 + input.split!.findings.length);
    expect(html).toMatch(/mobilenet<\/span><\/td><td data-sort="pixel7"><span class="name">pixel7<\/span><\/td><td>latency<\/td>/);
  });

  it("draws a distribution per model and device, bars and a table per model's layers, a curve per split", () => {
    expect(count(html, /<svg class="chart chart-distribution"/)).toBe(6);
    expect(count(html, /<svg class="chart chart-layers"/)).toBe(6);
    expect(count(html, /<table class="sortable layers"/)).toBe(6);
    expect(count(html, /<svg class="chart chart-split"/)).toBe(input.splits!.head.splits.length);
    expect(input.splits!.head.splits.length).toBe(3 * 2 * 2);
    // Base is overlaid on every curve.
    expect(count(html, /class="curve curve-base"/)).toBe(12);
  });

  it("explains every warning badge it shows", () => {
    const shown = new Set([...html.matchAll(/<span class="badge"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]));
    for (const code of shown) expect(html).toContain(`<dt><span class="badge">${code}</span></dt>`);
  });
});

describe("renderHtml: hostile names", () => {
  it("escapes the node, op, model and device names everywhere, SVG included", () => {
    expect(count(hostile, /<script/i)).toBe(1);
    // The one comment is dnntune's own marker on the first line; no name opens or closes another.
    expect(hostile.startsWith(`${HTML_REPORT_MARKER}\n`)).toBe(true);
    const page = hostile.slice(HTML_REPORT_MARKER.length);
    for (const raw of [HOSTILE_NAME.slice(0, 60), HOSTILE_OP, HOSTILE_DEVICE, HOSTILE_MODEL, "<img", "<svg onload", "<iframe", "<!--", "-->", "]]>"]) {
      expect(page.includes(raw), raw).toBe(false);
    }
    expect(hostile.includes("a|b&#96;&lt;script&gt;alert(1)&lt;/script&gt;--&gt;")).toBe(true);
    // The layer chart still draws the hostile layer, labelled with its shortened name.
    expect(/<text class="label"[^>]*>a\|b&#96;&lt;script&gt;alert\(1\)[^<]*…<\/text><rect class="bar-base"/.test(hostile)).toBe(true);
  });

  it("folds the 10,000-character name in table cells and keeps it whole for sorting", () => {
    // Its newlines, carriage return and bidi override show as \n, \r, \u202e: 8 characters more.
    expect(hostile.includes("(10008 characters)</span></summary>")).toBe(true);
    const escaped = HOSTILE_NAME.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/`/g, "&#96;")
      .replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\u202e/g, "\\u202e");
    expect(hostile.includes(`data-sort="${escaped}"`)).toBe(true);
  });
});

describe("barsShown", () => {
  const layer = (name: string, us: number, verdict: "regression" | "equivalent"): Endpoint => ({
    model: "m", device: "d", metric: "layer", layer: name, verdict, ratio: 1, ci: [1, 1], p: 1, pAdjusted: 1, baseMedianUs: us, headMedianUs: us, nBase: 1, nHead: 1, paired: false, warnings: [],
  });

  it("keeps every layer that moved, then the slowest, in graph order", () => {
    const layers = [layer("a", 10, "equivalent"), layer("b", 5, "regression"), layer("c", 30, "equivalent"), layer("d", 20, "equivalent"), layer("e", 1, "equivalent")];
    expect(barsShown(layers, 3).map((e) => e.layer)).toEqual(["b", "c", "d"]);
    expect(barsShown(layers, 10)).toHaveLength(5);
  });
});

describe("latencySides", () => {
  it("takes the paired runs when the endpoint was paired, each side's runs otherwise", () => {
    const { results } = input;
    const [phone] = results!.head;
    const m = phone!.models[0]!;
    const pairedHead = { ...phone!, models: [{ ...m, latency: { ...m.latency, paired: { baseSamples: [1, 2], headSamples: [3, 4] } } }] };
    expect(latencySides({ base: results!.base, head: [pairedHead] }, { device: "pixel7", model: m.name, paired: true }).map((s) => s.samples)).toEqual([[1, 2], [3, 4]]);
    const unpaired = latencySides(results!, { device: "pixel7", model: m.name, paired: false });
    expect(unpaired[0]!.samples).toEqual(results!.base[0]!.models[0]!.latency.samples);
    expect(unpaired[1]!.samples).toEqual(m.latency.samples);
  });
});

describe("renderHtml: the headline says what the comment says", () => {
  it("a pass that left endpoints undecided is a warning, not a green pass", () => {
    const input = inconclusive();
    expect(input.decision.verdict).toBe("pass");
    const page = renderHtml(input);
    expect(page).toMatch(/<p class="headline headline-warn">⚠ Pass with \d+ warnings?: no gated regression found, but not everything was decided<\/p>/);
    expect(renderHtml(allEquivalent())).toContain('<p class="headline headline-pass">✓ Pass: no gated regression</p>');
  });
});
