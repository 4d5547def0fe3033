// Steps safe to repeat (copies, mktemp, reads) get a second and third chance after a lost
// connection; a flaky USB cable or Wi-Fi link should not fail a device's whole run.
import { DeviceError } from "../../errors.js";

/**
 * Runs `step`, and again after each pause in `delaysMs` while it throws a DeviceError marked
 * `retryable`; the last error is thrown. Other errors are thrown at once.
 */
export async function retryStep<T>(delaysMs: readonly number[], step: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !(error instanceof TransientDeviceError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** A DeviceError that another try might not meet: a lost connection, a timeout. */
export class TransientDeviceError extends DeviceError {}
