// ONNX TensorProto.DataType codes → names and element sizes.

/** Element types by name, as results files spell them; "unknown" for a code this list lacks. */
export const DTYPE_NAMES = [
  "float32", "uint8", "int8", "uint16", "int16", "int32", "int64", "string", "bool",
  "float16", "float64", "uint32", "uint64", "complex64", "complex128", "bfloat16",
  "float8e4m3fn", "float8e4m3fnuz", "float8e5m2", "float8e5m2fnuz", "uint4", "int4",
  "float4e2m1", "unknown",
] as const;

export type Dtype = (typeof DTYPE_NAMES)[number];

const DTYPES: Record<number, [Dtype, number | null]> = {
  1: ["float32", 4], 2: ["uint8", 1], 3: ["int8", 1], 4: ["uint16", 2], 5: ["int16", 2],
  6: ["int32", 4], 7: ["int64", 8], 8: ["string", null], 9: ["bool", 1], 10: ["float16", 2],
  11: ["float64", 8], 12: ["uint32", 4], 13: ["uint64", 8], 14: ["complex64", 8],
  15: ["complex128", 16], 16: ["bfloat16", 2], 17: ["float8e4m3fn", 1], 18: ["float8e4m3fnuz", 1],
  19: ["float8e5m2", 1], 20: ["float8e5m2fnuz", 1], 21: ["uint4", 0.5], 22: ["int4", 0.5],
  23: ["float4e2m1", 0.5],
};

// onnxruntime's profile names element types its own way (`float`, `int64`, `MLFloat16`; older
// builds the C++ spelling `int64_t`).
const ORT_TYPE_NAMES: Record<string, Dtype> = {
  float: "float32", double: "float64", bool: "bool", string: "string", "std::string": "string",
  MLFloat16: "float16", float16: "float16", BFloat16: "bfloat16", bfloat16: "bfloat16",
  int8: "int8", uint8: "uint8", int16: "int16", uint16: "uint16", int32: "int32", uint32: "uint32",
  int64: "int64", uint64: "uint64", int8_t: "int8", uint8_t: "uint8", int16_t: "int16",
  uint16_t: "uint16", int32_t: "int32", uint32_t: "uint32", int64_t: "int64", uint64_t: "uint64",
};

export function dtypeOf(code: number | undefined): Dtype {
  return DTYPES[code ?? 0]?.[0] ?? "unknown";
}

export function dtypeFromOrtName(name: string): Dtype {
  return ORT_TYPE_NAMES[name] ?? "unknown";
}

/** Bytes per element; null for strings and unknown types (their size is not static). */
export function dtypeSize(dtype: Dtype): number | null {
  for (const [name, size] of Object.values(DTYPES)) if (name === dtype) return size;
  return null;
}

/** Bytes of a tensor, or null when a dimension or the element size is unknown. */
export function tensorBytes(dtype: Dtype, shape: readonly (number | string)[] | null): number | null {
  const size = dtypeSize(dtype);
  if (size === null || shape === null) return null;
  let count = 1;
  for (const dim of shape) {
    if (typeof dim !== "number" || dim < 0) return null;
    count *= dim;
  }
  const bytes = Math.ceil(count * size);
  // Past 2^53 the count is no longer exact: no real tensor is that large, so call it unknown.
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** The TensorProto.DataType code of an element type; undefined for "unknown". */
export function dtypeCode(dtype: Dtype): number | undefined {
  for (const [code, [name]] of Object.entries(DTYPES)) if (name === dtype) return Number(code);
  return undefined;
}
