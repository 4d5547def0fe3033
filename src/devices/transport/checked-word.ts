// Values from the config that go onto a local command line (a host, a serial, a path): none may
// start with `-`, which ssh, scp and adb would read as an option, or hold a control character.
import { InputError } from "../../errors.js";

/** Returns `value` or throws an InputError naming `field`. */
export function checkedWord(field: string, value: string, what: string): string {
  if (value === "") throw new InputError(field, `must be ${what}; got an empty string`);
  if (value.startsWith("-")) throw new InputError(field, `must be ${what}, not starting with "-"; got ${JSON.stringify(value)}`);
  // Control characters are exactly what this refuses.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InputError(field, `must be ${what} without control characters; got ${JSON.stringify(value)}`);
  return value;
}
