// Bundles the CLI and the action into dist/ (ESM). onnxruntime-node stays external: it is a
// native addon, loaded lazily only where a model runs. test/dist.test.ts imports `bundles` to
// check that the committed dist/ matches the sources.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  external: ["onnxruntime-node", "*.node"],
  legalComments: "none",
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __dnntuneCreateRequire } from 'node:module'; const require = __dnntuneCreateRequire(import.meta.url);" },
  logLevel: "warning",
};

export const bundles = [
  { ...common, entryPoints: ["src/cli.ts"], outfile: "dist/cli.js" },
  { ...common, entryPoints: ["src/action.ts"], outfile: "dist/index.js" },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const options of bundles) await build(options);
}
