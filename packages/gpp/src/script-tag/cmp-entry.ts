// The module behind `assent-gpp-cmp.js`: the CMP, fetched by the GPP script tags on every page view.
export { startGpp } from '../controller/controller.js';
