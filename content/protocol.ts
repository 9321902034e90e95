/**
 * The one message contract between extension pages and the portal content
 * script, written once as plain descriptors. The content script checks messages
 * with `check()` (a few hundred bytes, where zod/mini alone cost ~5 KB of the
 * 8 KB budget); extension pages turn the same descriptors into zod schemas
 * (`panel/portal/contract.ts`). Objects are strict: unknown keys are refused.
 */

// ---- Descriptors -----------------------------------------------------------
type D =
  | { k: 'str' }
  | { k: 'num' }
  | { k: 'bool' }
  | { k: 'lit'; v: string }
  | { k: 'enum'; v: readonly string[] }
  | { k: 'arr'; of: D }
  | { k: 'or'; of: readonly D[] }
  | { k: 'opt'; of: D }
  | { k: 'obj'; shape: Record<string, D> };
export type Descriptor = D;

export const str = { k: 'str' } as const;
export const num = { k: 'num' } as const;
export const bool = { k: 'bool' } as const;
export const lit = <V extends string>(v: V) => ({ k: 'lit', v }) as const;
export const oneOf = <const V extends readonly string[]>(v: V) => ({ k: 'enum', v }) as const;
export const arr = <T extends D>(of: T) => ({ k: 'arr', of }) as const;
export const or = <const T extends readonly D[]>(...of: T) => ({ k: 'or', of }) as const;
export const opt = <T extends D>(of: T) => ({ k: 'opt', of }) as const;
export const obj = <S extends Record<string, D>>(shape: S) => ({ k: 'obj', shape }) as const;

type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjOf<S> = Flat<
  { [K in keyof S as S[K] extends { k: 'opt' } ? never : K]: Infer<S[K]> } & {
    [K in keyof S as S[K] extends { k: 'opt' } ? K : never]?: S[K] extends { k: 'opt'; of: infer O } ? Infer<O> : never;
  }
>;
export type Infer<T> = T extends { k: 'str' }
  ? string
  : T extends { k: 'num' }
    ? number
    : T extends { k: 'bool' }
      ? boolean
      : T extends { k: 'lit'; v: infer V }
        ? V
        : T extends { k: 'enum'; v: readonly (infer V)[] }
          ? V
          : T extends { k: 'arr'; of: infer O }
            ? Infer<O>[]
            : T extends { k: 'or'; of: readonly (infer O)[] }
              ? Infer<O>
              : T extends { k: 'obj'; shape: infer S }
                ? ObjOf<S>
                : never;

/**
 * The content script's validator: true when `value` has exactly the described
 * shape. Limits match toZod (panel/portal/contract.ts): both ends must agree
 * (test/unit/hostile/protocol.fuzz.test.ts).
 */
export function check(d: D, value: unknown): boolean {
  switch (d.k) {
    case 'str':
      return typeof value === 'string' && value.length <= 10_000;
    case 'num':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'lit':
      return value === d.v;
    case 'enum':
      return d.v.includes(value as string);
    case 'arr':
      return Array.isArray(value) && value.length <= 5_000 && value.every((v) => check(d.of, v));
    case 'or':
      return d.of.some((o) => check(o, value));
    case 'opt':
      return value === undefined || check(d.of, value);
    case 'obj': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const o = value as Record<string, unknown>;
      // Own keys only: `k in shape` would let « __proto__ », « constructor »… through (they are on every object's prototype).
      return Object.keys(o).every((k) => Object.hasOwn(d.shape, k)) && Object.entries(d.shape).every(([k, s]) => check(s, o[k]));
    }
  }
}

// ---- Vocabulary ------------------------------------------------------------
export const LIST_IDS = ['contacts', 'relations', 'authorizations'] as const;
export type ListId = (typeof LIST_IDS)[number];

/**
 * Something the guide looks for on the page: a control to outline or an
 * outcome to notice, by the words the portal shows. The words travel with the
 * request (from content/targets.ts) so the content script stays small.
 */
export const Words = obj({ id: str, text: arr(str) });
export type Words = Infer<typeof Words>;

export const FIELD_KINDS = ['text', 'date', 'select', 'picker', 'chips', 'checkbox', 'radio'] as const;
export const FIELD_STATUSES = ['filled', 'already', 'skipped', 'notFound', 'ambiguous', 'failed', 'aborted'] as const;
export const FIELD_REASONS = ['hidden', 'disabled', 'readonly', 'edited', 'forbidden', 'option', 'invalid'] as const;

// ---- Messages --------------------------------------------------------------
export const Snapshot = obj({
  list: oneOf(LIST_IDS),
  columns: arr(str),
  rows: arr(arr(str)),
  total: num,
  readAt: str,
});
export type Snapshot = Infer<typeof Snapshot>;

export const FillStep = obj({
  /** Stable id of the field in the plan, used in the report. */
  key: str,
  kind: oneOf(FIELD_KINDS),
  /** The field's visible label, alternatives in French and English. */
  label: arr(str),
  /** The label of the group (fieldset, radiogroup) the control lives in. */
  group: opt(arr(str)),
  value: or(str, bool, arr(str)),
  /** What to type into a picker to make the wanted entry appear. */
  query: opt(str),
  /** Current values that are the portal's defaults, not the person's edits. */
  defaults: opt(arr(str)),
  /** The field appears only after an earlier step commits: wait for it. */
  conditional: opt(bool),
});
export type FillStep = Infer<typeof FillStep>;

export const PortalPing = obj({ type: lit('portal.ping') });
export const PrefillRun = obj({
  type: lit('prefill.run'),
  /** The page the person asked from; a different page means no fill. */
  url: str,
  /** The form's heading as the portal shows it (FR / EN). */
  formTitle: arr(str),
  steps: arr(FillStep),
});
export type PrefillRun = Infer<typeof PrefillRun>;
export const PortalRequest = or(PortalPing, PrefillRun);
export type PortalRequest = Infer<typeof PortalRequest>;

export const PortalPong = obj({ type: lit('portal.pong'), url: str, title: str });
export type PortalPong = Infer<typeof PortalPong>;

export const FieldReport = obj({
  key: str,
  status: oneOf(FIELD_STATUSES),
  reason: opt(oneOf(FIELD_REASONS)),
  /** The value read back from the page after the step. */
  value: opt(str),
});
export type FieldReport = Infer<typeof FieldReport>;

export const PrefillReport = obj({
  type: lit('prefill.report'),
  outcome: oneOf(['done', 'aborted', 'refused'] as const),
  reason: opt(oneOf(['page-changed', 'wrong-form', 'busy'] as const)),
  fields: arr(FieldReport),
});
export type PrefillReport = Infer<typeof PrefillReport>;

/** Port name of the long-running conversations (list reading, guide). */
export const PORT_NAME = 'passerelle.portal';

export const PortCommand = or(
  obj({ type: lit('lists.read'), lists: arr(oneOf(LIST_IDS)) }),
  obj({ type: lit('lists.cancel') }),
  obj({ type: lit('guide.show'), targets: arr(Words), outcome: opt(Words), timeoutMs: opt(num) }),
  obj({ type: lit('guide.stop') }),
);
export type PortCommand = Infer<typeof PortCommand>;

/** Why a read gave nothing back. `filtered`: a contact filter narrowed the list to one person (content/lists.ts). */
export const LIST_FAILURES = ['wrong-page', 'no-pager', 'page-failed', 'count-mismatch', 'cancelled', 'busy', 'filtered'] as const;

export const PortEvent = or(
  obj({ type: lit('lists.progress'), list: oneOf(LIST_IDS), page: num, pages: num, rows: num, total: num }),
  obj({ type: lit('lists.retry'), list: oneOf(LIST_IDS), page: num, attempt: num }),
  obj({ type: lit('lists.done'), snapshots: arr(Snapshot) }),
  obj({ type: lit('lists.failed'), list: opt(oneOf(LIST_IDS)), reason: oneOf(LIST_FAILURES) }),
  obj({ type: lit('guide.found'), target: str }),
  obj({ type: lit('guide.missing'), target: str }),
  obj({ type: lit('guide.outcome'), outcome: str }),
);
export type PortEvent = Infer<typeof PortEvent>;
