/**
 * The extension pages' side of the contract: the descriptors of
 * content/protocol.ts turned into zod schemas, so what comes back from the
 * page is parsed by zod before anything uses it.
 */
import { z } from '../../lib/zod';
import { PortEvent, PrefillReport, PortalPong, type Descriptor, type Infer } from '../../content/protocol';

export function toZod(d: Descriptor): z.ZodType {
  switch (d.k) {
    case 'str':
      return z.string().max(10_000);
    case 'num':
      return z.number().finite();
    case 'bool':
      return z.boolean();
    case 'lit':
      return z.literal(d.v);
    case 'enum':
      return z.enum(d.v as unknown as [string, ...string[]]);
    case 'arr':
      return z.array(toZod(d.of)).max(5_000);
    case 'or':
      return z.union(d.of.map(toZod) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
    case 'opt':
      return toZod(d.of).optional();
    case 'obj':
      return z.strictObject(Object.fromEntries(Object.entries(d.shape).map(([k, v]) => [k, toZod(v)])));
  }
}

export const schemaOf = <T extends Descriptor>(d: T) => toZod(d) as z.ZodType<Infer<T>>;

export const PortEventSchema = schemaOf(PortEvent);
export const PrefillReportSchema = schemaOf(PrefillReport);
export const PortalPongSchema = schemaOf(PortalPong);
