// The transports' public face: the interface, the factory, and the quoting bench tools share.
export type { CopyOptions, RunOptions, RunResult, StepTimeouts, Transport, TransportOptions } from "./transport.js";
export { openTransport, type OpenTransportOptions } from "./open-transport.js";
export { shellQuote, shellCommand } from "./shell-quote.js";
