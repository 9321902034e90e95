import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberCardEmail } from './card';
import { ELOISE, HOSTILE, LIAM } from './fixtures';
import {
  buildMailto,
  encodeMailtoValue,
  MAILTO_MAX_LENGTH,
  normalizeMailText,
  parseMailto,
  planMailto,
  type MailDraft,
} from './mailto';
import { kitTranslators, type Translators } from './translate';

/** RFC 6068: qchar = unreserved / pct-encoded / some-delims. */
const QCHARS = "(?:[A-Za-z0-9\\-._~!$'()*+,;:@]|%[0-9A-F]{2})*";
const ADDR = "(?:[A-Za-z0-9\\-._~!'()*]|%[0-9A-F]{2})+@(?:[A-Za-z0-9\\-.]|%[0-9A-F]{2})+";
const MAILTO = new RegExp(`^mailto:(?:${ADDR}(?:,${ADDR})*)?(?:\\?${QCHARS}=${QCHARS}(?:&${QCHARS}=${QCHARS})*)?$`);

function expectWellFormed(url: string) {
  expect(url).toMatch(MAILTO);
  // Every line break is CRLF, never a bare LF or CR.
  expect(url.replace(/%0D%0A/g, '')).not.toMatch(/%0[AD]/);
  // Every percent sequence decodes as UTF-8 (nothing cut in the middle of a character).
  expect(() => decodeURIComponent(url)).not.toThrow();
}

const partSubject = (subject: string) => (part: number, total: number) => `${subject} (${part}/${total})`;
const plan = (draft: MailDraft, options: { maxLength?: number; maxParts?: number } = {}) =>
  planMailto(draft, { partSubject: partSubject(draft.subject), ...options });

/** The decoded bodies of all parts, joined, give back the text. */
function joinedBody(urls: string[]) {
  return urls.map((u) => parseMailto(u).body).join('');
}

describe('mailto encoding (RFC 6068)', () => {
  it('encodes spaces as %20, line breaks as %0D%0A and accents as UTF-8', () => {
    expect(encodeMailtoValue('Bonjour Éloïse,\nà bientôt + merci')).toBe(
      'Bonjour%20%C3%89lo%C3%AFse%2C%0D%0A%C3%A0%20bient%C3%B4t%20%2B%20merci',
    );
    expect(encodeMailtoValue('a\r\nb\rc')).toBe('a%0D%0Ab%0D%0Ac');
    expect(encodeMailtoValue('😀')).toBe('%F0%9F%98%80');
  });

  it('encodes the characters that would end a field early', () => {
    const url = buildMailto({ to: ['a@b.ca'], subject: 'x&body=y?z#w', body: '100% = tout' });
    expectWellFormed(url);
    expect(parseMailto(url)).toEqual({ to: ['a@b.ca'], subject: 'x&body=y?z#w', body: '100% = tout' });
  });

  it('keeps @ in addresses and joins several with commas', () => {
    const url = buildMailto({ to: ['a@b.ca', "o'brien+kit@c.ca"], subject: 's', body: '' });
    expect(url).toBe("mailto:a@b.ca,o'brien%2Bkit@c.ca?subject=s");
    expectWellFormed(url);
    expect(parseMailto(url).to).toEqual(['a@b.ca', "o'brien+kit@c.ca"]);
  });

  it('has no query at all when there is nothing to put in it', () => {
    expect(buildMailto({ to: ['a@b.ca'], subject: '', body: '' })).toBe('mailto:a@b.ca');
    expect(buildMailto({ to: [], subject: 'Objet', body: '' })).toBe('mailto:?subject=Objet');
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(normalizeMailText('a\uD800b')).toBe('a\uFFFDb');
    expect(() => buildMailto({ to: [], subject: '\uDC00', body: 'x\uD83D' })).not.toThrow();
    expect(normalizeMailText('😀')).toBe('😀');
  });
});

describe('mailto length', () => {
  it('keeps a short message in one URL', () => {
    const result = plan({ to: ['a@b.ca'], subject: 'Salut', body: 'Court.' });
    expect(result).toEqual({ kind: 'mailto', urls: ['mailto:a@b.ca?subject=Salut&body=Court.'] });
  });

  it('splits a long body into numbered parts that each fit and together give the text back', () => {
    const paragraph = 'Créez votre compte, puis reliez-le au dossier de la firme. '.repeat(8).trim();
    const body = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
    const result = plan({ to: ['eloise@b.ca'], subject: 'Votre fiche', body });
    if (result.kind !== 'mailto') throw new Error('expected mailto parts');
    expect(result.urls.length).toBeGreaterThan(1);
    result.urls.forEach((url, i) => {
      expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      expectWellFormed(url);
      const parsed = parseMailto(url);
      expect(parsed.to).toEqual(['eloise@b.ca']);
      expect(parsed.subject).toBe(`Votre fiche (${i + 1}/${result.urls.length})`);
    });
    expect(joinedBody(result.urls)).toBe(body);
    // Cut between paragraphs: every part but the last ends with a blank line.
    for (const url of result.urls.slice(0, -1)) expect(parseMailto(url).body.endsWith('\n\n')).toBe(true);
  });

  it('cuts a paragraph with no line breaks between words, and a word only as a last resort', () => {
    const words = 'mot '.repeat(1000);
    const byWords = plan({ to: [], subject: 's', body: words }, { maxLength: 300, maxParts: 50 });
    if (byWords.kind !== 'mailto') throw new Error('expected parts');
    for (const url of byWords.urls.slice(0, -1)) expect(parseMailto(url).body.endsWith(' ')).toBe(true);

    const oneWord = 'é'.repeat(500);
    const byChars = plan({ to: [], subject: 's', body: oneWord }, { maxLength: 300, maxParts: 50 });
    if (byChars.kind !== 'mailto') throw new Error('expected parts');
    expect(joinedBody(byChars.urls)).toBe(oneWord);
    for (const url of byChars.urls) expect(url.length).toBeLessThanOrEqual(300);
  });

  it('falls back to copying when it would take too many messages', () => {
    const body = 'x '.repeat(10_000);
    expect(plan({ to: ['a@b.ca'], subject: 's', body }, { maxParts: 3 })).toEqual({ kind: 'copy' });
  });

  it('falls back to copying when the recipients alone fill the URL', () => {
    const to = Array.from({ length: 120 }, (_, i) => `membre.${i}@laforce-comptable.ca`);
    expect(plan({ to, subject: 's', body: 'Bonjour' })).toEqual({ kind: 'copy' });
  });

  it('numbers with the final count even when it grows past 9', () => {
    const body = 'abc '.repeat(400);
    const result = plan({ to: [], subject: 'S', body }, { maxLength: 120, maxParts: 40 });
    if (result.kind !== 'mailto') throw new Error('expected parts');
    expect(result.urls.length).toBeGreaterThan(9);
    const n = result.urls.length;
    expect(parseMailto(result.urls[n - 1]!).subject).toBe(`S (${n}/${n})`);
    for (const url of result.urls) expect(url.length).toBeLessThanOrEqual(120);
    expect(joinedBody(result.urls)).toBe(body);
  });

  it('holds for any text: parts fit, are well-formed and give the text back', () => {
    const unit = fc.constantFrom('a', 'é', ' ', '\n', '\r\n', '😀', '&', '=', '+', '%', '#', '?', 'œ', '\t');
    const text = fc.oneof(fc.string({ unit, maxLength: 2500, size: 'max' }), fc.string({ unit: 'binary', maxLength: 1500, size: 'max' }));
    fc.assert(
      fc.property(text, fc.integer({ min: 200, max: 2000 }), (body, maxLength) => {
        const result = plan({ to: ['a@b.ca'], subject: 'Fiche (Éloïse)', body }, { maxLength, maxParts: 100 });
        if (result.kind === 'copy') return; // allowed; checked by the cases above
        for (const url of result.urls) {
          expect(url.length).toBeLessThanOrEqual(maxLength);
          expectWellFormed(url);
        }
        expect(joinedBody(result.urls)).toBe(normalizeMailText(body));
      }),
      { numRuns: 150 },
    );
  });
});

describe('member card emails', () => {
  let tr: Translators;
  beforeAll(async () => {
    tr = await kitTranslators();
  });

  it.each([ELOISE, LIAM, HOSTILE])('fit the limit and give the card back ($language)', (member) => {
    const mail = memberCardEmail(member, tr[member.language]);
    const result = plan(mail);
    if (result.kind !== 'mailto') throw new Error('a card must be sendable by email');
    expect(result.urls.length).toBeLessThanOrEqual(4);
    for (const url of result.urls) {
      expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      expectWellFormed(url);
      expect(parseMailto(url).to).toEqual([member.email]);
    }
    expect(joinedBody(result.urls)).toBe(mail.body);
  });
});
