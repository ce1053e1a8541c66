// Entry of the `assent-ledger` executable (the build adds the #! line).
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2));
