// execProgram against real programs: one that leaves a background child holding its stdout, and
// one that prints without end.
import { describe, expect, it } from "vitest";
import { execProgram } from "../../../src/devices/transport/exec-program.js";

describe("execProgram", () => {
  it("reads a program that exited while a child of its own still holds its stdout (sleep &, setsid)", async () => {
    for (const script of ["sleep 8 & echo ok", "setsid sleep 8 & echo ok"]) {
      const started = performance.now();
      const outcome = await execProgram("sh", ["-c", script], { timeoutMs: 20_000 });
      expect(outcome).toEqual({ kind: "exited", stdout: "ok\n", stderr: "", code: 0 });
      // The drain wait (1 s), not the child's 8 s nor the timeout.
      expect(performance.now() - started).toBeLessThan(6_000);
    }
  });

  it("stops a program that prints more than the limit, keeping its stderr for the message", async () => {
    const outcome = await execProgram("sh", ["-c", "echo starting >&2; yes dnntune"], { timeoutMs: 20_000, maxOutputBytes: 100_000 });
    expect(outcome).toEqual({ kind: "too-much-output", stderr: "starting\n", limitBytes: 100_000 });
  });
});
