import { openStore, StoreError } from '../store/openStore.js';
import { UserError } from './errors.js';

/** Opens a store read-only for a command; a missing or newer store is a one-line user error. */
export function openStoreForReading(path: string): ReturnType<typeof openStore> {
  try {
    return openStore(path, { readonly: true });
  } catch (err) {
    if (err instanceof StoreError) throw new UserError(err.message);
    throw err;
  }
}
