// The dnntune.yml a command reads: `--config FILE`, or ./dnntune.yml when it exists. Model paths
// and globs in it are checked against the file system here, with the bench stage's finder.
import { findModels } from "../bench/find-models.js";
import { configPathOf, loadConfig, type LoadedConfig } from "../config/read-config.js";
import type { OptionSpec } from "../config/command-options.js";

export function readConfigOption(given: string | undefined): LoadedConfig | undefined {
  const path = configPathOf(given);
  return path === undefined ? undefined : loadConfig(path, (pattern, dir) => findModels([pattern], dir));
}

/** The `--config` option, the same in every command that reads dnntune.yml. */
export const CONFIG_OPTION: OptionSpec = {
  flag: "config", type: "string", placeholder: "FILE", default: "./dnntune.yml if present", field: "config",
  help: "`dnntune.yml`: models, devices, networks, policy (flags win over it)",
};
