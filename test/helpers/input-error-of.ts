// The InputError a piece of work throws, for tests that read its message.
import { expect } from "vitest";
import { InputError } from "../../src/errors.js";

export function inputErrorOf(work: () => void): InputError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}
