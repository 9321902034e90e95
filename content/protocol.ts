/**
 * The message contract between extension pages and the portal content script.
 * Defined once; both ends parse what they receive. Written with `zod/mini` so the
 * content script stays small.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export const PortalPing = z.object({ type: z.literal('portal.ping') });

export const PortalRequest = z.discriminatedUnion('type', [PortalPing]);
export type PortalRequest = z.infer<typeof PortalRequest>;

export const PortalPong = z.object({
  type: z.literal('portal.pong'),
  url: z.string(),
  title: z.string(),
});
export type PortalPong = z.infer<typeof PortalPong>;
