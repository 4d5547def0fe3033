// Android's system properties as `getprop` lists them, and the device's identity read from them.
// Format: AOSP toolbox getprop prints each property as `[%s]: [%s]`, one a line, sorted; a value
// holding a newline continues on the next lines until the closing `]`.
import { FormatError } from "../../errors.js";

/** Every `[name]: [value]` of `getprop` output; `file` names the output in errors. */
export function parseGetprop(text: string, file = "getprop output"): Map<string, string> {
  const props = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  let open: { name: string; value: string[]; line: number } | undefined;
  for (const [i, line] of lines.entries()) {
    if (open) {
      // A multi-line value: its last line ends in `]`.
      if (line.endsWith("]")) {
        open.value.push(line.slice(0, -1));
        props.set(open.name, open.value.join("\n"));
        open = undefined;
      } else {
        open.value.push(line);
      }
      continue;
    }
    if (line.trim() === "") continue;
    const whole = /^\[([^\]]+)\]: \[(.*)\]$/.exec(line);
    if (whole) {
      props.set(whole[1]!, whole[2]!);
      continue;
    }
    const start = /^\[([^\]]+)\]: \[(.*)$/.exec(line);
    if (start) {
      open = { name: start[1]!, value: [start[2]!], line: i + 1 };
      continue;
    }
    throw new FormatError(file, `line ${i + 1}`, `expected "[name]: [value]"; got ${JSON.stringify(line.slice(0, 80))}`);
  }
  if (open) throw new FormatError(file, `line ${open.line}`, `the value of ${open.name} never ends with "]" (was the output cut short?)`);
  return props;
}

/** Who an Android device is, from its properties; a field the device does not set is null. */
export interface AndroidIdentity {
  /** `ro.product.manufacturer` + `ro.product.model`: "Google Pixel 7". */
  model: string | null;
  /** `ro.soc.manufacturer` + `ro.soc.model` (Android 12+), else `ro.board.platform`, else `ro.hardware`. */
  soc: string | null;
  /** "Android 14 (API 34)" from `ro.build.version.release` and `.sdk`. */
  os: string | null;
  /** `ro.build.fingerprint`: the exact build, which changes with every OTA. */
  buildFingerprint: string | null;
}

export function androidIdentity(props: ReadonlyMap<string, string>): AndroidIdentity {
  const get = (name: string) => {
    const value = props.get(name)?.trim();
    return value ? value : null;
  };
  const model = get("ro.product.model");
  const maker = get("ro.product.manufacturer");
  const socModel = get("ro.soc.model");
  const socMaker = get("ro.soc.manufacturer");
  const release = get("ro.build.version.release");
  const sdk = get("ro.build.version.sdk");
  return {
    model: model === null ? null : joinName(maker, model),
    soc: socModel !== null ? joinName(socMaker, socModel) : get("ro.board.platform") ?? get("ro.hardware"),
    os: release === null ? null : `Android ${release}${sdk === null ? "" : ` (API ${sdk})`}`,
    buildFingerprint: get("ro.build.fingerprint"),
  };
}

// "Google" + "Pixel 7", but not "samsung" + "samsung SM-S911B" twice.
function joinName(maker: string | null, name: string): string {
  if (maker === null || name.toLowerCase().startsWith(maker.toLowerCase())) return name;
  return `${maker} ${name}`;
}
