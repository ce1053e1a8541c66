// The stand-alone stub file (`dist/script/assent-tcf-stub.js`), to place first in <head>.
import { installTcfStub } from './stub.js';

installTcfStub();
