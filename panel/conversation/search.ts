/**
 * Offline answers to typed questions, in French or English: accent- and
 * case-insensitive, tolerant to typos. Each query word is matched, fuzzily
 * (fuse.js), against the vocabulary of the guide — topic keywords, then each
 * step's title and messages in both languages — and the topic whose words
 * match best, weighted by how specific the words are, wins. Loaded lazily:
 * nothing here is in the panel's first load.
 */
import Fuse from 'fuse.js';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import type { StepId } from '../../machines/steps';
import { TOPICS, type Target } from './topics';

/** Lower case, no accents, apostrophes and punctuation as spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that say nothing about the topic, in either language (already normalized). */
const STOPWORDS = new Set(
  (
    'a au aux avec ce ces cette comment dans de des du elle en est et etre il ils je j la le les leur lui ma mais me mes moi mon ne ni nous on ou par pas pour qu que qui quoi sa se ses son sur ta te tes toi ton tu un une vos votre vous y ai as avez avoir fait faire faut dois doit peux peut puis veux voudrais quand quel quelle quels quelles cest ca ceci cela ici la oui non merci svp bonjour allo salut sont suis etes etait tout tous toute toutes plus moins tres bien aussi alors donc encore deja chose quelque rien demain hier veut dire signifie veux ' +
    'the an and are is be been being do does did can could should would will i me my mine we our you your he she it its they them their what which who whom this that these those to of in on at by for with about as from how why when where not no yes please hi hello thanks have has had get got there here all any some just also then than into thing something tomorrow yesterday mean means meaning'
  ).split(' '),
);

export function tokens(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

type Tree = { [k: string]: string | Tree };
const strings = (tree: Tree | string | undefined): string[] =>
  tree === undefined ? [] : typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(strings);

interface Doc {
  target: Target;
  /** word → weight in this document */
  words: Map<string, number>;
  /** Several-word keywords, normalized, matched as phrases. */
  phrases: string[];
}

function add(words: Map<string, number>, text: string, weight: number) {
  for (const w of tokens(text)) words.set(w, Math.max(words.get(w) ?? 0, weight));
}

function buildDocs(): Doc[] {
  const guides = [fr.guide, en.guide] as unknown as Tree[];
  return TOPICS.map((topic) => {
    const words = new Map<string, number>();
    for (const k of topic.keywords) add(words, k, 3);
    if (topic.target.kind === 'step') {
      const id: StepId = topic.target.step;
      for (const g of guides) {
        add(words, strings((g.steps as Tree)[id]).join(' '), 2);
        add(words, strings((g[id] as Tree | undefined)?.states).join(' '), 1);
      }
    } else {
      for (const g of guides) add(words, strings((g.answers as Tree)[topic.target.answer]).join(' '), 1);
    }
    const phrases = topic.keywords.map(normalize).filter((k) => k.includes(' '));
    return { target: topic.target, words, phrases };
  });
}

export interface GuideIndex {
  docs: Doc[];
  vocabulary: Fuse<string>;
  idf: Map<string, number>;
}

export function buildIndex(): GuideIndex {
  const docs = buildDocs();
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log(1 + docs.length / n)]));
  const vocabulary = new Fuse([...df.keys()], {
    includeScore: true,
    ignoreLocation: true,
    // Loose on purpose: closeness is squared and length-weighted when scoring.
    threshold: 0.4,
    minMatchCharLength: 3,
  });
  return { docs, vocabulary, idf };
}

export type Match = { target: Target; score: number } | null;

/** "étape 4", "step 5b" name a step directly. */
const STEP_NUMBERS: Record<string, StepId> = {
  '1': 'createAccount',
  '2': 'linkAccount',
  '3': 'validate',
  '4': 'addMember',
  '5a': 'modify',
  '5': 'delegate',
  '5b': 'remove',
  '6': 'sendLinkingCodes',
};

/** Below this, the best topic is a coincidence of common words: say there is no match. */
export const MIN_SCORE = 2.2;
/** Typos score 0.6 and up ("suprimer" → "supprimer" 0.68); coincidences below. */
const MIN_CLOSENESS = 0.55;
const TRANSPOSITION_CLOSENESS = 0.7;
const MIN_COVERAGE = 0.5;
/** A keyword phrase found as is in the question is strong evidence, per word. */
const PHRASE_BONUS = 2.5;

/**
 * How close a vocabulary word is to a query word, 0..1. Fuse scores a word
 * found *inside* a longer one as perfect ("date" in "validate"), so the length
 * ratio tempers that, and squaring keeps far-fetched spellings from adding up.
 */
function closeness(query: string, word: string, fuseScore: number): number {
  const ratio = Math.min(query.length, word.length) / Math.max(query.length, word.length);
  return (1 - fuseScore) ** 2 * ratio;
}

/** Swapped neighbours ("remvoe" → "remove"), a typo fuse.js scores badly. */
function transpositions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

function closestWords(index: GuideIndex, q: string): { word: string; closeness: number }[] {
  const found = index.vocabulary
    .search(q, { limit: 8 })
    .map((r) => ({ word: r.item, closeness: closeness(q, r.item, r.score ?? 1) }))
    // "poutine" is not "soutien": far spellings are noise, not typos.
    .filter((c) => c.closeness >= MIN_CLOSENESS);
  if (found.length > 0 || q.length < 5) return found;
  return transpositions(q)
    .filter((w) => index.idf.has(w))
    .map((word) => ({ word, closeness: TRANSPOSITION_CLOSENESS }));
}

export function search(index: GuideIndex, question: string): Match {
  const numbered = /\b(?:etape|step|etap|stape)\s*(\d[ab]?)\b/.exec(normalize(question));
  if (numbered && STEP_NUMBERS[numbered[1]!]) {
    return { target: { kind: 'step', step: STEP_NUMBERS[numbered[1]!]! }, score: Infinity };
  }
  const padded = ` ${normalize(question)} `;
  const scores = index.docs.map((doc) =>
    doc.phrases.reduce((sum, p) => (padded.includes(` ${p} `) ? sum + PHRASE_BONUS * p.split(' ').length : sum), 0),
  );
  const words = [...new Set(tokens(question))];
  /** How many of the question's words each topic accounts for. */
  const explained = new Array<number>(index.docs.length).fill(0);
  const inPhrase = index.docs.map((doc) => new Set(doc.phrases.filter((p) => padded.includes(` ${p} `)).flatMap((p) => p.split(' '))));
  for (const q of words) {
    const candidates = closestWords(index, q);
    index.docs.forEach((doc, i) => {
      let best = 0;
      for (const c of candidates) {
        const weight = doc.words.get(c.word);
        if (weight) best = Math.max(best, weight * c.closeness * (index.idf.get(c.word) ?? 0));
      }
      scores[i]! += best;
      if (best > 0 || inPhrase[i]!.has(q)) explained[i]! += 1;
    });
  }
  let bestIndex = -1;
  for (let i = 0; i < scores.length; i++) if (bestIndex < 0 || scores[i]! > scores[bestIndex]!) bestIndex = i;
  const best = scores[bestIndex] ?? 0;
  // A topic that explains half the question or less is a guess ("commander une pizza").
  const coverage = words.length === 0 ? 0 : explained[bestIndex]! / words.length;
  return best >= MIN_SCORE && coverage > MIN_COVERAGE ? { target: index.docs[bestIndex]!.target, score: best } : null;
}

let shared: GuideIndex | undefined;
/** The panel's entry point: builds the index once, on the first question. */
export function searchGuide(question: string): Match {
  shared ??= buildIndex();
  return search(shared, question);
}

