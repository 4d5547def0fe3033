// The configuration reference, docs/configuration.md, rendered from dnntune.yml's zod declaration
// (its `.describe()` texts and the JSON Schema it exports), so the documentation cannot drift from
// what dnntune checks. `npm run schema` writes it; test/config-reference.test.ts fails when stale.
import { z } from "zod";
import { configSchema } from "../src/config/schema.js";

export const CONFIG_REFERENCE = "docs/configuration.md";

type Json = {
  description?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Json>;
  required?: string[];
  additionalProperties?: Json | boolean;
  propertyNames?: Json & { enum?: string[] };
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  not?: unknown;
};

// A full example: every section, each device kind. test/config/docs-examples.test.ts validates it.
const EXAMPLE = `# dnntune.yml
models:
  - path: models/mobilenet_v2.onnx
    inputs: { input: 1x3x224x224 }
    siblings: { tflite-benchmark: models/mobilenet_v2.tflite }
  - path: "models/audio/*.onnx"
    values: { sr: 16000 }
devices:
  runner:
    transport: local
    tool: onnxruntime-node
    threads: 4
    meter: rapl
  pixel7:
    transport: adb
    serial: R58M123ABC
    tool: tflite-benchmark
    binary: /data/local/tmp/benchmark_model
    meter: { type: android-rails, rails: [S4M_VDD_CPUCL0] }
    power: { active-w: 3.1, idle-w: 0.4 }
    role: mobile
  jetson:
    transport: ssh
    host: ci@jetson-orin
    port: 2222
    identity: .ci/jetson_key
    tool: trtexec
    args: [--fp16]
    meter: tegrastats
  server:
    transport: ssh
    host: gpu-box
    ssh-config: .ci/ssh_config
    tool: ort-python
    meter: { type: command, argv: [scripts/power.sh, --csv] }
    role: cloud
networks:
  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8 }
bench: { warmup: 10, runs: 30, profile-runs: 10, max-runs: 120 }
gate:
  threshold: 5%
  alpha: 0.05
  min-abs: { model-us: 50, layer-us: 20 }
  fail-on: [latency, energy]
  accept-label: "dnntune:accept"
split:
  pairs: [{ mobile: pixel7, cloud: server }]
  networks: [wifi, lte, office]
  objectives: [latency, energy]
report: { comment: always, top-layers: 5, charts: true }
`;

const INTRO = `<!-- Generated from src/config/schema.ts by \`npm run schema\`; edit the schema's descriptions, not this file. -->
# dnntune.yml reference

One file configures every command: the models, the devices they run on, the networks of the
split, the benchmark protocol, the gate and the report. Commands read \`--config FILE\`, or
\`./dnntune.yml\` when it exists. The JSON Schema is \`schema/config.json\` at the root of the repository and the package;
editors with the YAML language server validate and complete the file when it starts with
\`# yaml-language-server: $schema=<URL of schema/config.json>\`.

**Precedence.** A command-line flag or an action input wins over \`dnntune.yml\`, which wins over
the built-in default. \`dnntune config --print\` shows every effective value and where it came
from (\`default\`, \`dnntune.yml:12\`, \`flag --runs\`, \`input runs\`). Relative paths in the file
are relative to the file's folder.

**Errors.** Unknown keys are errors, with the nearest valid key suggested. Every problem of the
file is reported at once, one line each, naming the key (\`devices.pixel7.transport\`), what was
expected and what was found; the exit status is 2. A device's transport decides which keys it
may have (\`serial\` only for \`adb\`; \`host\`, \`port\`, \`identity\`, \`ssh-config\` only for
\`ssh\`); \`split.pairs\` must name devices of \`devices\`; a model path or glob must match a file.

\`\`\`yaml
${EXAMPLE}\`\`\`
`;

export function renderConfigReference(): string {
  const json = z.toJSONSchema(configSchema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === "undefined") ctx.jsonSchema.not = {};
    },
  }) as Json;
  const sections: string[] = [INTRO];
  for (const [key, schema] of Object.entries(json.properties ?? {})) {
    const rows = [row(key, schema, "")];
    rows.push(...rowsBelow(key, schema));
    sections.push(`## \`${key}\`\n\n${schema.description ?? ""}\n\n| key | type | meaning |\n|---|---|---|\n${rows.join("\n")}\n`);
  }
  return `${sections.join("\n")}`;
}

// Rows for the keys inside `schema`, whose own key is `path`.
function rowsBelow(path: string, schema: Json): string[] {
  const forms = formsOf(schema);
  if (forms.length > 1) {
    // A union of mappings (a device by transport, a meter by type): every key once, in order,
    // required where every form requires it, or "for" the forms that do.
    const merged = new Map<string, { schema: Json; values: unknown[]; requiredBy: string[] }>();
    const tagged = forms.filter((f) => f.properties);
    for (const form of tagged) {
      const tag = Object.entries(form.properties ?? {}).find(([, sub]) => sub.const !== undefined);
      for (const [key, sub] of Object.entries(form.properties ?? {})) {
        if (sub.not !== undefined) continue;
        const entry = merged.get(key) ?? { schema: sub, values: [], requiredBy: [] };
        if (sub.const !== undefined) entry.values.push(sub.const);
        if ((form.required ?? []).includes(key)) entry.requiredBy.push(tag ? `${tag[0]} ${String(tag[1].const)}` : "");
        merged.set(key, entry);
      }
    }
    return [...merged].flatMap(([key, { schema: sub, values, requiredBy }]) => {
      const shown: Json = values.length > 1 ? { ...sub, const: undefined, enum: values } : sub;
      const required = values.length > 1 || requiredBy.length === 0 ? "" : requiredBy.length === tagged.length ? "required" : `required for ${requiredBy.join(", ")}`;
      return [row(`${path}.${key}`, shown, required), ...rowsBelow(`${path}.${key}`, sub)];
    });
  }
  if (schema.type === "object" && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, sub]) => [row(`${path}.${key}`, sub, (schema.required ?? []).includes(key) ? "required" : ""), ...rowsBelow(`${path}.${key}`, sub)]);
  }
  if (schema.type === "object" && typeof schema.additionalProperties === "object" && !schema.propertyNames?.enum) {
    return rowsBelow(`${path}.<name>`, schema.additionalProperties);
  }
  if (schema.type === "array" && schema.items) return rowsBelow(`${path}[]`, schema.items);
  return [];
}

// The forms of a union, nested unions flattened (a meter: a word, or one of the typed mappings).
function formsOf(schema: Json): Json[] {
  const forms = schema.oneOf ?? schema.anyOf;
  return forms ? forms.flatMap(formsOf) : [schema];
}

function row(path: string, schema: Json, required: string): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return `| \`${cell(path)}\`${required ? ` (${required})` : ""} | ${cell(typeText(schema))} | ${cell(schema.description ?? "")} |`;
}

function typeText(schema: Json): string {
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(", ");
  const forms = schema.oneOf ?? schema.anyOf;
  if (forms) return [...new Set(forms.map(typeText))].join(" or ");
  switch (schema.type) {
    case "integer":
    case "number": {
      const noun = schema.type === "integer" ? "integer" : "number";
      if (schema.minimum !== undefined && schema.maximum !== undefined) return `${noun} ${schema.minimum}–${schema.maximum}`;
      if (schema.exclusiveMinimum !== undefined && schema.exclusiveMaximum !== undefined) return `${noun} in (${schema.exclusiveMinimum}, ${schema.exclusiveMaximum})`;
      if (schema.exclusiveMinimum !== undefined && schema.maximum !== undefined) return `${noun} in (${schema.exclusiveMinimum}, ${schema.maximum}]`;
      if (schema.minimum !== undefined) return `${noun} ≥ ${schema.minimum}`;
      if (schema.exclusiveMinimum !== undefined) return `${noun} > ${schema.exclusiveMinimum}`;
      return noun;
    }
    case "string":
      return "string";
    case "boolean":
      return "true or false";
    case "array":
      return schema.items ? `list of ${typeText(schema.items)}` : "list";
    case "object":
      if (schema.properties) return "mapping";
      if (schema.propertyNames?.enum) return `mapping from ${schema.propertyNames.enum.map((v) => `\`${v}\``).join(", ")}`;
      return typeof schema.additionalProperties === "object" ? `mapping of names to ${typeText(schema.additionalProperties)}` : "mapping";
    default:
      return "any";
  }
}
