// The console page's script (dist/app/console.js): registers the elements; index.html holds
// <assent-console>. The only code that runs on load.
import { defineConsoleElements } from './define.js';

defineConsoleElements();
