// Each escaping function against the strings a hostile model can carry; code spans are read back
// by CommonMark's rule (the fence, then one space stripped from each side when both have one).
import { plainNumber } from "../../../src/report/markdown/mermaid-chart.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clip, htmlComment, inlineCode, mermaidLabel, plainText, tableCell } from "../../../src/report/markdown/escape.js";

/** The text CommonMark shows for a code span, or undefined when `span` is not one whole span. */
function codeSpanText(span: string): string | undefined {
  const match = /^(`+)([^]*?)(`+)$/.exec(span);
  if (!match || match[1] !== match[3]) return undefined;
  const inner = match[2]!;
  // A run of the fence's length inside would close the span early.
  if ((inner.match(/`+/g) ?? []).some((run) => run.length === match[1]!.length)) return undefined;
  return inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "" ? inner.slice(1, -1) : inner;
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("inlineCode", () => {
  it.each([
    ["conv1", "`conv1`"],
    ["a`b", "``a`b``"],
    ["`x`", "`` `x` ``"],
    ["a``b", "```a``b```"],
    [" lead", "`  lead `"],
    ["", "` `"],
    ["a\nb", "`a\\nb`"],
    ["\u202eevil", "`\\u202eevil`"],
    ["a|b<script>-->", "`a|b<script>-->`"],
  ])("%j → %s", (name, span) => {
    expect(inlineCode(name)).toBe(span);
  });

  it("shows any name of backticks, spaces and letters exactly", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("`", " ", "a", "|", "\\"), minLength: 1, maxLength: 30 }), (name) => {
      const span = inlineCode(name, 100);
      expect(codeSpanText(span)).toBe(name.trim() === "" && name.length > 0 ? ` ${name} ` : name);
    }), { numRuns: 2000 });
  });

  it("cuts a 10,000-character name to one short span, never inside a surrogate pair", () => {
    const span = inlineCode("n".repeat(10_000));
    expect(span.length).toBeLessThanOrEqual(82);
    expect(span.endsWith("…`")).toBe(true);
    for (let max = 2; max < 20; max++) expect(inlineCode("😀".repeat(50), max)).not.toMatch(loneSurrogate);
  });
});

describe("clip", () => {
  it("keeps short text and cuts long text to the limit, the last character an ellipsis", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("abcd", 3)).toBe("ab…");
    expect(clip("a😀b", 3)).toBe("a…");
  });
});

describe("plainText", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["**bold** _it_ [link](x) ~~s~~ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\[link\\](x) \\~\\~s\\~\\~ \\`code\\`"],
    ["a & b --> c", "a &amp; b --&gt; c"],
    ["@octocat and org/repo#12", "@\u200boctocat and org/repo#\u200b12"],
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["12. item", "12\\. item"],
    ["a|b\\c", "a\\|b\\\\c"],
    // Controls are written out as `\n`, whose backslash Markdown then needs escaped.
    ["line\nbreak\u0007", "line\\\\nbreak\\\\u0007"],
  ])("%j → %j", (text, escaped) => {
    expect(plainText(text)).toBe(escaped);
  });

  it("cuts long prose", () => {
    expect(plainText("x".repeat(10_000)).length).toBeLessThanOrEqual(400);
  });
});

describe("tableCell", () => {
  it("escapes every pipe, inside code spans too, and keeps the row on one line", () => {
    expect(tableCell(inlineCode("a|b"))).toBe("`a\\|b`");
    expect(tableCell("x\ny\r\nz")).toBe("x y z");
  });
});

describe("mermaidLabel", () => {
  it("keeps names' usual characters and turns anything that could end a string or start a directive into _", () => {
    expect(mermaidLabel("/backbone/conv1:Relu+1")).toBe("/backbone/conv1:Relu+1");
    expect(mermaidLabel('a"b%%{init}%%#35;<x>`', 40)).toBe("a_b___init____35__x__");
    expect(mermaidLabel("a\nb")).toBe("a_nb");
    expect(mermaidLabel("é🙂")).toBe("é_");
    expect(mermaidLabel("x".repeat(100))).toHaveLength(24);
  });
});

describe("htmlComment", () => {
  it("cannot close the comment or open another, and reads back with JSON.parse", () => {
    for (const text of ["a-->b", "<!--c", "--!>", "x->", "\u2028\u202e", "a\nb", "&amp;"]) {
      const inside = htmlComment(text);
      expect(inside).not.toMatch(/--|[<>!&\u2028\u202e]/);
      expect(JSON.parse(inside)).toBe(text);
    }
  });
});

describe("hostile review: a backslash before a pipe, and bare URLs", () => {
  // GFM's row scanner: `\` + any character is one unit, so a pipe ends a cell after an even run.
  const cells = (row: string) => row.match(/(?:\\.|[^|\\])+/g)?.length ?? 0;
  it.each(["a\\|b", "a\\\\|b", "a|b", "\\|"])("keeps %j inside one cell, as a code span and as prose", (name) => {
    expect(cells(tableCell(inlineCode(name)))).toBe(1);
    expect(cells(tableCell(plainText(name)))).toBe(1);
  });

  it("breaks bare URLs and www. names in prose so GitHub links nothing", () => {
    const text = plainText("[click](https://evil.example/x) www.evil.example");
    expect(text).not.toMatch(/https:\/\//);
    expect(text).not.toMatch(/www\./);
    expect(text).toContain("\\[click\\]");
  });
});

describe("plainNumber: what Mermaid's xychart can read", () => {
  it.each([[6e-7, "0.000001"], [0.000123456, "0.000123"], [2.09, "2.09"], [1234567, "1230000"], [1e-9, "0"], [Number.NaN, "0"]])("%d → %s", (value, text) => {
    expect(plainNumber(value)).toBe(text);
    expect(plainNumber(value)).toMatch(/^[+-]?\d+(\.\d+)?$/);
  });
});
