// The in-process store, the last resort when the state directory cannot be used.
import { MemoryStore } from './memory-store.ts';
import { runStoreContract } from './store-contract.ts';

runStoreContract('memory', async () => new MemoryStore());
