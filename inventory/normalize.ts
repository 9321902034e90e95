/**
 * Comparison keys for people, organisations, numbers, emails and phones.
 *
 * The portal shows names in capitals in some lists and mixed case in others,
 * with and without accents, « NOM, Prénom » or « Prénom Nom », and employers
 * as « NAME INC. (number) » in pickers but plain capitals in lists. Two values
 * with the same key are the same thing; a difference of case or accents only
 * is never a difference.
 */
import type { CommunicationLanguage, PhoneType } from './schema';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
/** Letters NFD leaves whole, typographic quotes, and Unicode spaces (Excel, web pages). */
const SPECIAL = /[œŒæÆ’‘`´\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/g;
const SPECIAL_AS = new Map([
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['’', "'"],
  ['‘', "'"],
  ['`', "'"],
  ['´', "'"],
]);

/** The general path: any string. */
function foldGeneral(value: string): string {
  let s = value;
  if (!ASCII_PRINTABLE.test(s)) {
    s = s.normalize('NFD').replace(COMBINING_MARKS, '');
    if (!ASCII_PRINTABLE.test(s)) s = s.replace(SPECIAL, (c) => SPECIAL_AS.get(c) ?? ' ');
  }
  return collapseSpaces(s.toLowerCase());
}

// Most values have single spaces already: skip the rewrite then.
const collapseSpaces = (s: string) => (/\s\s|^\s|\s$|[\t\n\r\f\v]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

/**
 * Folded char code by char code, for the first 256: printable ASCII in lower
 * case, and the Latin-1 characters whose decomposition without accents is one
 * printable ASCII character (« É » → « e »); -1 for the others (« « », « Æ »,
 * the no-break space, controls), which take the general path. Built with the
 * general path's own steps, so both agree (normalize.test.ts checks it on
 * fuzzed text).
 */
const FOLDED_CODE = new Int16Array(256).fill(-1);
for (let c = 0x20; c <= 0xff; c++) {
  if (c >= 0x7f && c < 0xa0) continue;
  const d = String.fromCharCode(c).normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  if (d.length === 1 && ASCII_PRINTABLE.test(d)) FOLDED_CODE[c] = d.charCodeAt(0);
}

/** The codes of the string being folded; one list for every call. */
const foldedCodes: number[] = [];
/** Longer values take the general path: the codes are passed as arguments. */
const MAX_TABLE_FOLD = 256;

/**
 * Lower case, no accents, ligatures spelled out, one space between words.
 * French names are printable ASCII plus Latin-1 accented letters: those are
 * folded by table, code by code, into one new string, without normalize()
 * (an import folds every email and client name of the file; this is several
 * times faster); anything else takes the general path. A value already
 * folded, as most emails are, is returned as it is.
 */
export function fold(value: string): string {
  let i = 0;
  let spaced = false;
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c >= 0x41 && c <= 0x5a)) break;
    if (c === 0x20) spaced = true;
  }
  // Printable ASCII in lower case: folded already, and without a space (an email) nothing to collapse.
  if (i === value.length) return spaced ? collapseSpaces(value) : value;
  const folded = byTable(value, FOLDED_CODE);
  return folded === undefined ? foldGeneral(value) : collapseSpaces(folded);
}

/** `value` with each char code replaced by the table's, as one new string; undefined if the table lacks one. */
function byTable(value: string, table: Int16Array): string | undefined {
  if (value.length > MAX_TABLE_FOLD) return undefined;
  foldedCodes.length = value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const code = c < 0x100 ? table[c]! : -1;
    if (code < 0) return undefined;
    foldedCodes[i] = code;
  }
  return String.fromCharCode.apply(null, foldedCodes);
}

/** The general path alone, for the test that holds the fast one to it. */
export const foldGeneralForTests = foldGeneral;

const NAME_WORD_BREAK = /[\s,.'\-\u2010-\u2015_/]+/;

/**
 * A person's key: folded words, hyphens and apostrophes as spaces, in sorted
 * order so that « NOM, Prénom », « Prénom Nom » and « NOM Prénom » agree.
 */
export function personKey(displayName: string): string {
  const words = fold(displayName).split(NAME_WORD_BREAK);
  if (words[0] === '') words.shift();
  if (words[words.length - 1] === '') words.pop();
  return sortInPlace(words).join(' ');
}

/**
 * The order of Array.prototype.sort() (UTF-16 code units), by insertion: a
 * name has a handful of words, and sort() allocates a work copy for each of
 * the thousands of names an import or a reconciliation compares.
 */
function sortInPlace(words: string[]): string[] {
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    let j = i - 1;
    for (; j >= 0 && words[j]! > word; j--) words[j + 1] = words[j]!;
    words[j + 1] = word;
  }
  return words;
}

export function personKeyOf(firstName: string, lastName: string): string {
  return personKey(`${firstName} ${lastName}`);
}

/** Digits and letters only, leading zeros dropped (Excel drops them too). */
export function numberKey(value: string): string {
  return fold(value).replace(/[^0-9a-z]/g, '').replace(/^0+(?=.)/, '');
}

export function emailKey(value: string): string {
  const f = fold(value);
  return f.includes(' ') ? f.replace(/ /g, '') : f;
}

/** Picker entries: « Autorisations - 1001 - NAME » or « Administratrice - 1001 - NAME ». */
const PROFILE_PREFIX = /^\s*[^-]{2,40}?\s+-\s+(\d[\d\s]*)\s+-\s+(.+)$/;
/** Picker entries: « NAME INC. (12345) ». */
const NUMBER_SUFFIX = /^(.*?)\s*\(\s*([0-9][0-9 \-]*)\s*\)\s*$/;

/** Splits an organisation cell into its name and the number shown with it, if any. */
export function parseOrganisation(cellText: string): { name: string; number: string } {
  const trimmed = cellText.trim();
  // Each pattern needs a character most names lack: look for it before running the pattern.
  const suffix = trimmed.endsWith(')') ? NUMBER_SUFFIX.exec(trimmed) : null;
  if (suffix) return { name: suffix[1]!.trim(), number: suffix[2]!.replace(/\D/g, '') };
  const prefix = trimmed.includes('-') ? PROFILE_PREFIX.exec(trimmed) : null;
  if (prefix) return { name: prefix[2]!.trim(), number: prefix[1]!.replace(/\D/g, '') };
  return { name: trimmed, number: '' };
}

const ORG_PUNCTUATION = /[.,;|'"\-\u2010-\u2015_/&()]+/g;
/** FOLDED_CODE with the punctuation a name's key ignores made a space, in the same pass. */
const isOrgPunctuation = new RegExp(ORG_PUNCTUATION.source);
const ORG_CODE = FOLDED_CODE.map((c) => (c >= 0 && isOrgPunctuation.test(String.fromCharCode(c)) ? 0x20 : c));

/** An organisation's key: its folded name without punctuation or the number in brackets. */
export function organisationKey(name: string): string {
  const bare = parseOrganisation(name).name;
  const spaced = byTable(bare, ORG_CODE) ?? fold(bare).replace(ORG_PUNCTUATION, ' ');
  // Either way only plain spaces are left: runs of them need replacing only where punctuation stood side by side.
  return (spaced.includes('  ') ? spaced.replace(/ +/g, ' ') : spaced).trim();
}

export interface NormalisedPhone {
  /** `000 000-0000` */
  phone: string;
  /** An extension found after « poste » / « ext. » / « x », dropped from `phone`. */
  extension: string;
}

const PHONE_EXTENSION = /^(.*?)\s*(?:poste|post\.|p\.|ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;
const PHONE_CHARACTERS = /^[\d\s().+\-\u2010-\u2015]*$/;

/**
 * North American numbers in the portal's `000 000-0000` form, or null when the
 * value is not one (letters, too few or too many digits).
 */
export function normalizePhone(raw: string): NormalisedPhone | null {
  let main = raw.trim();
  let extension = '';
  // Only a value with a letter or « # » can hold an extension: the pattern runs only then.
  if (!PHONE_CHARACTERS.test(main)) {
    const ext = PHONE_EXTENSION.exec(main);
    if (!ext || !PHONE_CHARACTERS.test(ext[1]!)) return null;
    main = ext[1]!;
    extension = ext[2]!;
  }
  const phone = portalPhone(main);
  return phone === undefined ? null : { phone, extension };
}

/** The digits of the number being read, by char code; one list for every call. */
const digitCodes: number[] = [];

/**
 * `000 000-0000` from the ten digits of `text`, or eleven after a « 1 » (the
 * country code); undefined for any other count. Read by char code and made
 * as one string, without a string of the digits nor slices joined: an import
 * reads a number on every row.
 */
function portalPhone(text: string): string | undefined {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    if (count === 11) return undefined;
    digitCodes[count++] = c;
  }
  const from = count === 11 && digitCodes[0] === 0x31 ? 1 : 0;
  if (count - from !== 10) return undefined;
  const d = digitCodes;
  const i = from;
  return String.fromCharCode(d[i]!, d[i + 1]!, d[i + 2]!, 0x20, d[i + 3]!, d[i + 4]!, d[i + 5]!, 0x2d, d[i + 6]!, d[i + 7]!, d[i + 8]!, d[i + 9]!);
}

/** Phone digits only, for comparing numbers written differently. */
export function phoneKey(raw: string): string {
  return normalizePhone(raw)?.phone ?? fold(raw).replace(/\D/g, '');
}

const PHONE_TYPE_WORDS = new Map<string, PhoneType>([
  ['cellulaire', 'cell'],
  ['cell', 'cell'],
  ['cellular', 'cell'],
  ['mobile', 'cell'],
  ['bureau', 'work'],
  ['travail', 'work'],
  ['affaires', 'work'],
  ['work', 'work'],
  ['office', 'work'],
  ['business', 'work'],
  ['domicile', 'home'],
  ['maison', 'home'],
  ['residence', 'home'],
  ['home', 'home'],
  ['autre', 'other'],
  ['other', 'other'],
]);

/** A phone type from a spreadsheet cell or the portal's label; undefined if not recognised. */
export function parsePhoneType(label: string): PhoneType | undefined {
  return PHONE_TYPE_WORDS.get(fold(label));
}

const LANGUAGE_WORDS = new Map<string, CommunicationLanguage>([
  ['fr', 'fr'],
  ['f', 'fr'],
  ['francais', 'fr'],
  ['french', 'fr'],
  ['fr-ca', 'fr'],
  ['en', 'en'],
  ['a', 'en'],
  ['e', 'en'],
  ['anglais', 'en'],
  ['english', 'en'],
  ['en-ca', 'en'],
]);

/** A communication language from a cell or the portal's label; undefined if not recognised. */
export function parseLanguage(label: string): CommunicationLanguage | undefined {
  return LANGUAGE_WORDS.get(fold(label));
}

/**
 * Memoises a key function. Portal lists repeat the same names thousands of
 * times (every authorization row names its contact and organisations), so
 * reconciliation folds each distinct string once.
 */
export function memoKey<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let key = cache.get(value);
    if (key === undefined && !cache.has(value)) {
      key = fn(value);
      cache.set(value, key);
    }
    return key as T;
  };
}
