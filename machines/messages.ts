/**
 * A message is a locale key and its parameters, never a rendered string, so the
 * whole conversation re-renders when the language changes. A parameter whose
 * name ends in `Key` holds a locale key itself: it is translated at render time
 * and passed without the suffix (`{ stepKey: 'guide.steps.validate.title' }`
 * fills `{{step}}`).
 */
export type MessageParams = Record<string, string | number>;

export interface MessageRef {
  key: string;
  params?: MessageParams;
}

/** Resolve `…Key` parameters with the given translator. */
export function resolveParams(
  params: MessageParams | undefined,
  t: (key: string, params?: Record<string, unknown>) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (name.endsWith('Key') && name.length > 3 && typeof value === 'string') out[name.slice(0, -3)] = t(value);
    else out[name] = value;
  }
  return out;
}

/** "the member" when the person did not give a name. */
export const who = (name: string | undefined | null): MessageParams =>
  name && name.trim() !== '' ? { name: name.trim() } : { nameKey: 'chat.thisMember' };
