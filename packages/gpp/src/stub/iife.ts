// The stand-alone stub file (`dist/script/assent-gpp-stub.js`), to place first in <head>.
import { installGppStub } from './stub.js';

installGppStub();
