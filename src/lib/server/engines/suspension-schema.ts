// A suspension's end as it is read back from the store (suspension.ts), apart so that the home page, which
// reads every engine's suspension, loads zod only when one is stored.
import { z } from '#lib/zod.ts';

/** When the suspension ends, in ms since the epoch. */
export const suspensionEnd = z.number();
