#!/usr/bin/env node
// The committed bundle is the program users run (`npx dnntune …`).
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
