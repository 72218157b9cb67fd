// What a host that bundles the npm build does under a strict CSP, in a module imported before
// clientela: zod 4 probes `new Function` when it builds its first object schema, and the policy
// reports that probe (caught by zod) as a violation. `jitless` skips it.
import { config } from 'zod/mini';

config({ jitless: true });
