// Runs the CLI in-process with captured output, as the CLI tests need it.
import { main, type Io } from "../src/cli.js";

export async function runCli(args: string[], io: Partial<Io> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "", stderr = "";
  const status = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, interactive: false, ...io });
  return { status, stdout, stderr };
}
