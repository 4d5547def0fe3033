import { describe, expect, it } from "vitest";
import { terminalLines, terminalText } from "../../src/report/terminal-text.js";
import { benchSummary } from "../../src/report/bench-summary.js";
import { progressReporter } from "../../src/report/progress-reporter.js";
import { errorLine } from "../../src/report/error-line.js";
import { InputError } from "../../src/errors.js";
import type { Results } from "../../src/results/types.js";
import { expectSafe as assertSafe } from "../hostile-names.js";

const HOSTILE = ["\x1b[31mred\x1b[0m", "\n::error::x", "\r::add-mask::secret", "  ::warning::y", "a\u009b31mb", "##[error]z", "\u202eevil", "tab\there", "nul\u0000"];

describe("terminalText", () => {
  it.each(HOSTILE)("makes %j one safe line", (name) => {
    const line = terminalText(`model ${name}: done`);
    expect(line.split("\n")).toHaveLength(1);
    assertSafe(line);
  });

  it("shows what was escaped instead of dropping it", () => {
    expect(terminalText("\x1b[31mred")).toBe("\\e[31mred");
    expect(terminalText("a\nb\rc\td")).toBe("a\\nb\\rc\\td");
    expect(terminalText("\u0007")).toBe("\\u0007");
  });

  it("keeps a line from starting a workflow command, even a name alone on its line", () => {
    expect(terminalText("::error::x")).toBe("\\::error::x");
    expect(terminalText("  ::add-mask::s")).toBe("  \\::add-mask::s");
    expect(terminalText("see ##[error]x")).toBe("see #\\#[error]x");
  });

  it("leaves ordinary text, Unicode included, as it is", () => {
    const text = "resnet  median 1.20 ms  p90 1.31 ms  µs × → ✓ 中文 emoji 🚀 a: b";
    expect(terminalText(text)).toBe(text);
  });

  it("keeps the line breaks between lines and escapes those inside them", () => {
    expect(terminalLines(["a\nb", "c"])).toBe("a\\nb\nc");
  });
});

describe("every printer makes model-controlled text safe", () => {
  const layer = (name: string, op: string) => ({ name, op, covers: [name, "\n::error::covered"], provider: "CPUExecutionProvider", outputBytes: 4, samples: [10, 11, 12] });
  const results = {
    schema: "dnntune.results/v1",
    createdAt: "2026-12-02T00:00:00Z",
    device: { name: "local", transport: "local", tool: "onnxruntime-node", fingerprint: {} },
    models: HOSTILE.map((name) => ({
      name,
      path: `${name}.onnx`,
      graph: { nodes: [], tensors: {}, inputs: [], outputs: [] },
      latency: { unit: "us", samples: [100, 110, 120] },
      layers: [layer(name, "\x1b[2J"), layer("::error::alone", "\r")],
      warnings: [{ code: "thermal-drift", message: `\n::error::${name}` }],
    })),
  } as unknown as Results;

  it("the bench summary", () => {
    const summary = benchSummary(results);
    assertSafe(summary);
    expect(summary).toContain("\\e[31mred");
  });

  it("the progress reporter, in a log and on a terminal", () => {
    let log = "";
    const inLog = progressReporter((t) => { log += t; }, false);
    for (const name of HOSTILE) inLog(`${name}.onnx`, "timing", 1, 1);
    assertSafe(log);
    let tty = "";
    const onTerminal = progressReporter((t) => { tty += t; }, true);
    onTerminal("\n::error::x.onnx", "profiling", 1, 2);
    // Its own \r and erase-line are the only control characters.
    expect(tty.startsWith("\r\x1b[2K")).toBe(true);
    assertSafe(tty.slice("\r\x1b[2K".length));
  });

  it("the error line, whatever was thrown", () => {
    for (const name of HOSTILE) {
      assertSafe(errorLine(new InputError("models", `${name} does not exist`)));
      assertSafe(errorLine(new Error(`model ${name}: failed`)));
      assertSafe(errorLine(name));
    }
  });
});
