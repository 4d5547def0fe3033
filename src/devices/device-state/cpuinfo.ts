// The CPU's name from /proc/cpuinfo, whose fields differ by architecture: x86 and some 32-bit ARM
// kernels print `model name`; older ARM kernels print `Hardware` (the SoC: "Qualcomm Technologies,
// Inc SM8150"); arm64 kernels (arch/arm64/kernel/cpuinfo.c) print only `CPU implementer` and
// `CPU part` per core, named here from arch/arm64/include/asm/cputype.h.

// Arm Ltd (implementer 0x41) parts, from cputype.h's ARM_CPU_PART_* values.
const ARM_PARTS: Record<string, string> = {
  "0xd03": "Cortex-A53", "0xd04": "Cortex-A35", "0xd05": "Cortex-A55", "0xd07": "Cortex-A57",
  "0xd08": "Cortex-A72", "0xd09": "Cortex-A73", "0xd0a": "Cortex-A75", "0xd0b": "Cortex-A76",
  "0xd0c": "Neoverse-N1", "0xd0d": "Cortex-A77", "0xd40": "Neoverse-V1", "0xd41": "Cortex-A78",
  "0xd44": "Cortex-X1", "0xd46": "Cortex-A510", "0xd47": "Cortex-A710", "0xd48": "Cortex-X2",
  "0xd49": "Neoverse-N2", "0xd4b": "Cortex-A78C", "0xd4d": "Cortex-A715", "0xd4e": "Cortex-X3",
  "0xd4f": "Neoverse-V2", "0xd80": "Cortex-A520", "0xd81": "Cortex-A720", "0xd82": "Cortex-X4",
};

/**
 * "AMD EPYC", "Qualcomm Technologies, Inc SM8150", or per-core parts counted in order of first
 * appearance ("4× Cortex-A55 + 3× Cortex-A78 + 1× Cortex-X1"); null when the text names none.
 */
export function cpuName(cpuinfo: string): string | null {
  const fields = cpuinfo.split(/\r?\n/).map((line) => {
    const colon = line.indexOf(":");
    return colon < 0 ? null : { key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
  });
  const first = (key: string) => fields.find((f) => f?.key === key && f.value !== "")?.value ?? null;
  const modelName = first("model name");
  // 32-bit ARM's model name is the architecture ("ARMv7 Processor rev 4 (v7l)"): Hardware says more.
  const hardware = first("Hardware");
  if (modelName !== null && !(hardware !== null && /^ARMv\d/.test(modelName))) return modelName;
  if (hardware !== null) return hardware;
  const counts = new Map<string, number>();
  let implementer = "";
  for (const f of fields) {
    if (f?.key === "CPU implementer") implementer = f.value.toLowerCase();
    if (f?.key === "CPU part") {
      const part = f.value.toLowerCase();
      const name = (implementer === "0x41" ? ARM_PARTS[part] : undefined) ?? `implementer ${implementer || "?"} part ${part}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  if (counts.size > 0) return [...counts].map(([name, n]) => `${n}× ${name}`).join(" + ");
  return modelName;
}
