// Reads one file with one of the readers in a child process, for the tests that must see a
// reader hang (a FIFO) without hanging the test runner: prints "ready" once the reader is
// loaded, then "done" or the error's name and message.
import { readResults } from "../../src/results/read-results.js";
import { readConfig } from "../../src/config/read-config.js";

const [reader, path] = process.argv.slice(2);
const read = reader === "results" ? () => readResults(path!) : () => readConfig(path!);
process.stdout.write("ready\n");
try {
  read();
  process.stdout.write("done\n");
} catch (error) {
  process.stdout.write(`${(error as Error).name}: ${(error as Error).message}\n`);
}
