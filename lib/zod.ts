/**
 * The one place extension pages get zod from.
 * Zod 4 probes `new Function` on first use; under the extension's CSP that probe
 * is reported as a violation, so JIT is switched off before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
