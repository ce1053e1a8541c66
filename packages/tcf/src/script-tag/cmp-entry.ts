// The module behind `assent-tcf-cmp.js`: the CMP, fetched by the TCF script tag on every page view.
export { startTcf } from '../controller/controller.js';
