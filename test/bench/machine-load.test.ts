// The busy-machine probe on the real kernel counters: idle, it reads near zero; with another
// process spinning a core, it reads most of a core. Linux only (CI runs on Linux).
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { foreignLoad, ownCpuS } from "../../src/bench/machine-load.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("foreignLoad", () => {
  it("sees another program spinning a core", async () => {
    // Started through a shell that exits at once, so the spinner is no descendant of this process.
    const shell = spawn("sh", ["-c", `"$0" -e "const end = Date.now() + 3000; while (Date.now() < end);" & echo $!`, process.execPath], { stdio: ["ignore", "pipe", "ignore"] });
    const pid = await new Promise<number>((resolve) => shell.stdout.once("data", (d: Buffer) => resolve(Number(String(d).trim()))));
    try {
      await sleep(300); // let it start
      const probe = foreignLoad();
      await sleep(800);
      expect(probe.stop()).toBeGreaterThan(0.5);
    } finally {
      process.kill(pid);
    }
  });

  it("counts a program it started itself (a bench tool's process) as its own work, live or ended", async () => {
    // Own CPU, not the machine's: other programs' load cannot move this measure.
    const before = ownCpuS();
    const spinner = spawn(process.execPath, ["-e", "const end = Date.now() + 1000; while (Date.now() < end);"], { stdio: "ignore" });
    await sleep(700);
    const live = ownCpuS() - before;
    await new Promise((resolve) => spinner.once("exit", resolve));
    const ended = ownCpuS() - before;
    // This process only sleeps; the spinner gets at least a third of a core even on a busy machine.
    expect(live).toBeGreaterThan(0.2);
    expect(ended).toBeGreaterThanOrEqual(live);
    expect(ended).toBeGreaterThan(0.3);
  });

  it("says nothing about a window too short for the kernel's 10 ms ticks", () => {
    expect(foreignLoad().stop()).toBeUndefined();
  });
});
