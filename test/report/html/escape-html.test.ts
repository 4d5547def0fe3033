// The report's one escape function: nothing a model names can open a tag, close an attribute or
// hide itself, and what it shows decodes back to the name (invisible characters made visible).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, shortLabel, visibleText } from "../../../src/report/html/escape-html.js";
import { HOSTILE_NAME } from "./report-fixtures.js";

const ENTITY: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#96;": "`" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, (e) => ENTITY[e]!);

// Any UTF-16 code unit (lone surrogates included), with the dangerous ones drawn often.
const unit = fc.oneof(
  fc.constantFrom("<", ">", "&", '"', "'", "`", "\n", "\r", "\t", "\u0000", "\u001b", "\u202e", "\u2028", "\ud800", "\udfff", "😀", "&amp;", "-->", "</script>"),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.string({ unit, maxLength: 40 });

describe("escapeHtml", () => {
  it("escapes the characters that end text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;");
  });

  it("leaves ordinary names alone", () => {
    expect(escapeHtml("/features/0/Conv_2 — 3×3 µs ✓ 😀")).toBe("/features/0/Conv_2 — 3×3 µs ✓ 😀");
  });

  it("shows controls, separators and bidi overrides instead of obeying them", () => {
    expect(escapeHtml("a\nb\r\tc\u001bd\u0000e\u202ef\u2028g")).toBe("a\\nb\\r\\tc\\ed\\u0000e\\u202ef\\u2028g");
  });

  it("turns a lone surrogate into U+FFFD and keeps pairs", () => {
    expect(escapeHtml("x\ud800y\udc00z😀")).toBe("x\ufffdy\ufffdz😀");
  });

  it("never leaves a character that could start markup, and decodes back to the visible text", () => {
    fc.assert(fc.property(text, (s) => {
      const html = escapeHtml(s);
      expect(html).not.toMatch(/[<>"'`]/);
      expect(html.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, "")).not.toContain("&");
      expect(decode(html)).toBe(visibleText(s));
      // Nothing invisible survives, and the text is well-formed UTF-16 (UTF-8 writes it unchanged).
      // eslint-disable-next-line no-control-regex
      expect(html).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(Buffer.from(html, "utf8").toString("utf8")).toBe(html);
    }), { numRuns: 2000 });
  });

  it("defuses the hostile node name", () => {
    const html = escapeHtml(HOSTILE_NAME);
    expect(HOSTILE_NAME).toHaveLength(10_000);
    expect(html).not.toMatch(/<|>/);
    expect(html).not.toContain("-->");
    expect(html).toContain("a|b&#96;&lt;script&gt;alert(1)&lt;/script&gt;--&gt;\\n&lt;script&gt;");
  });
});

describe("shortLabel", () => {
  it("keeps short text and cuts long text to the length asked for, with an ellipsis", () => {
    expect(shortLabel("conv1", 8)).toBe("conv1");
    expect(shortLabel("abcdefghij", 5)).toBe("abcd…");
    expect(Array.from(shortLabel(HOSTILE_NAME, 40))).toHaveLength(40);
  });

  it("counts code points, so a surrogate pair is never split", () => {
    expect(shortLabel("😀😀😀😀", 3)).toBe("😀😀…");
  });

  it("shortens the visible text, so escapes count and are never cut in half by escaping", () => {
    expect(shortLabel("a\nb", 3)).toBe("a\\…");
    expect(escapeHtml(shortLabel("<<<<", 3))).toBe("&lt;&lt;…");
  });
});
