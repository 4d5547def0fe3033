// The busy-machine probe on the real kernel counters: idle, it reads near zero; with another
// process spinning a core, it reads most of a core. Linux only (CI runs on Linux).
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { foreignLoad } from "../../src/bench/machine-load.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("foreignLoad", () => {
  it("sees another process spinning a core", async () => {
    const spinner = spawn(process.execPath, ["-e", "const end = Date.now() + 3000; while (Date.now() < end);"], { stdio: "ignore" });
    try {
      await sleep(300); // let it start
      const probe = foreignLoad();
      await sleep(800);
      expect(probe.stop()).toBeGreaterThan(0.5);
    } finally {
      spinner.kill();
    }
  });

  it("says nothing about a window too short for the kernel's 10 ms ticks", () => {
    expect(foreignLoad().stop()).toBeUndefined();
  });
});
