// The only idb-keyval functions the store uses, in one module so the lazily loaded chunk carries
// just these (a dynamic import of idb-keyval itself would keep all its exports).
export { createStore, get, update } from 'idb-keyval';
