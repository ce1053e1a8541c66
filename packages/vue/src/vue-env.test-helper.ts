// Vue's ESM bundler build expects a bundler to replace `process.env.NODE_ENV` and its feature
// flags; the browser tests load that build unbundled, so this defines them first. Development
// mode: Vue's warnings (hydration mismatches among them) reach `app.config.warnHandler`.
// Import this before anything that imports vue.
const scope = globalThis as unknown as Record<string, unknown> & { process?: { env: Record<string, string | undefined> } };
scope.process ??= { env: {} };
scope.process.env.NODE_ENV ??= 'development';
scope.__VUE_OPTIONS_API__ ??= true;
scope.__VUE_PROD_DEVTOOLS__ ??= false;
scope.__VUE_PROD_HYDRATION_MISMATCH_DETAILS__ ??= true;
