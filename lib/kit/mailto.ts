/**
 * `mailto:` URLs (RFC 6068) that open the person's own mail client, and the
 * splitting of bodies too long for one URL.
 *
 * Encoding: every character outside RFC 3986 "unreserved" and a few
 * sub-delims is percent-encoded as UTF-8 (`encodeURIComponent`), so a space is
 * `%20` (never `+`, which some clients keep as a plus) and a line break is
 * `%0D%0A` as the RFC requires.
 *
 * Length: mail clients and OS handlers truncate or refuse long URLs (the
 * smallest common ceiling is about 2 000 characters), so a long body becomes
 * several numbered messages, cut at paragraph, then line, then word breaks.
 * When even that would need too many messages, the caller offers copy instead.
 */

export const MAILTO_MAX_LENGTH = 2000;
export const MAILTO_MAX_PARTS = 6;

export interface MailDraft {
  to: string[];
  subject: string;
  body: string;
}

export type MailtoPlan =
  | { kind: 'mailto'; urls: string[] }
  /** Too long even when split: copy the text instead. */
  | { kind: 'copy' };

/**
 * LF, CRLF and lone CR all become CRLF once encoded; a lone UTF-16 surrogate
 * (possible in pasted text) has no UTF-8 form and becomes U+FFFD instead of
 * making encodeURIComponent throw.
 */
export const normalizeMailText = (s: string) =>
  s.replace(/\r\n?/g, '\n').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

export function encodeMailtoValue(value: string): string {
  return encodeURIComponent(normalizeMailText(value)).replace(/%0A/g, '%0D%0A');
}

/** Addresses keep their `@` readable; anything else unusual is encoded. */
const encodeAddress = (address: string) => encodeURIComponent(normalizeMailText(address.trim())).replace(/%40/g, '@');

export function buildMailto({ to, subject, body }: MailDraft): string {
  const fields: string[] = [];
  if (subject) fields.push(`subject=${encodeMailtoValue(subject)}`);
  if (body) fields.push(`body=${encodeMailtoValue(body)}`);
  const recipients = to.filter((a) => a.trim() !== '').map(encodeAddress).join(',');
  return `mailto:${recipients}${fields.length ? `?${fields.join('&')}` : ''}`;
}

/** Length of one code point once percent-encoded (LF counts as CRLF). */
function encodedLength(ch: string): number {
  if (ch === '\n') return 6;
  return encodeURIComponent(ch).length;
}

/**
 * Where the next part ends: the longest run of code points from `from` whose
 * encoding fits `budget`, pulled back to the best break in its last two thirds
 * — a blank line, else a line end, else a space, else anywhere (never inside a
 * code point, so no UTF-8 sequence is ever split).
 */
function cut(chars: string[], from: number, budget: number): number {
  let used = 0;
  let end = from;
  while (end < chars.length && used + encodedLength(chars[end]!) <= budget) used += encodedLength(chars[end++]!);
  if (end === chars.length) return end;
  const floor = from + Math.ceil((end - from) / 3);
  const last = (isBreak: (i: number) => boolean) => {
    for (let i = end - 1; i >= floor; i--) if (isBreak(i)) return i + 1;
    return -1;
  };
  const breaks = [
    last((i) => chars[i] === '\n' && chars[i - 1] === '\n'),
    last((i) => chars[i] === '\n'),
    last((i) => chars[i] === ' '),
  ];
  return breaks.find((b) => b > from) ?? end;
}

/**
 * One URL when it fits; otherwise numbered parts whose decoded bodies, joined,
 * give back the original body exactly.
 */
export function planMailto(
  draft: MailDraft,
  {
    maxLength = MAILTO_MAX_LENGTH,
    maxParts = MAILTO_MAX_PARTS,
    partSubject,
  }: { maxLength?: number; maxParts?: number; partSubject: (part: number, total: number) => string },
): MailtoPlan {
  const body = normalizeMailText(draft.body);
  const whole = buildMailto({ ...draft, body });
  if (whole.length <= maxLength) return { kind: 'mailto', urls: [whole] };

  const chars = [...body];
  // The subject's "(2/10)" grows with the number of parts: retry until stable.
  for (let total = 2; total <= maxParts; ) {
    const pieces: string[] = [];
    let from = 0;
    while (from < chars.length && pieces.length <= maxParts) {
      const empty = buildMailto({ to: draft.to, subject: partSubject(total, total), body: '' });
      // `&body=` or `?body=` is added once the body is not empty.
      const budget = maxLength - empty.length - '&body='.length;
      if (budget < 12) return { kind: 'copy' };
      const to = cut(chars, from, budget);
      if (to === from) return { kind: 'copy' };
      pieces.push(chars.slice(from, to).join(''));
      from = to;
    }
    if (pieces.length > maxParts) return { kind: 'copy' };
    if (pieces.length <= total) {
      const n = pieces.length;
      return {
        kind: 'mailto',
        urls: pieces.map((piece, i) => buildMailto({ to: draft.to, subject: partSubject(i + 1, n), body: piece })),
      };
    }
    total = pieces.length;
  }
  return { kind: 'copy' };
}

/** Reads a mailto URL back (for tests and for checks before opening it). */
export function parseMailto(url: string): MailDraft {
  if (!url.startsWith('mailto:')) throw new Error('not a mailto URL');
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const to = (q < 0 ? rest : rest.slice(0, q)).split(',').filter(Boolean).map(decodeURIComponent);
  const fields = new Map<string, string>();
  if (q >= 0)
    for (const pair of rest.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      fields.set(decodeURIComponent(pair.slice(0, eq)).toLowerCase(), decodeURIComponent(pair.slice(eq + 1)));
    }
  return { to, subject: fields.get('subject') ?? '', body: (fields.get('body') ?? '').replace(/\r\n/g, '\n') };
}
