import { measureScanner } from './measure-scanner.mjs';
const r = await measureScanner({ rounds: 1, warmup: 0, onProgress: (t) => console.error(new Date().toISOString(), t) });
console.log(JSON.stringify(r, null, 2));
