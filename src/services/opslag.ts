// The entry points (the API server and the CLI) open, hand on and close the store through here;
// every query they need is a service. They never import src/store themselves (eslint.config.js).
import type { Store } from '../store/database.ts';
import { isLeeg } from '../store/repositories/index.ts';

export { openStore, SLOTEN, type DatabaseKind, type Store, type StoreConfig } from '../store/database.ts';
export { controleerVrij } from '../store/slot.ts';

/** No instelling yet: a first start, which gets the demo dataset when that is switched on. */
export const isEersteStart = (store: Store): Promise<boolean> => isLeeg(store.db);
