// The `assent-scan` command (built to dist/cli.js; bin/assent-scan.mjs runs it).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
