/**
 * A small structured text: what a card or an announcement says, before it is
 * either rendered (Preact, always as text nodes) or flattened to plain text
 * (clipboard, email body). One model, so print and email never drift apart.
 */
import type { Language } from '../i18n';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'ol' | 'ul'; items: string[] };

export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
}

export interface TextDocument {
  lang: Language;
  title: string;
  opening: Block[];
  sections: Section[];
  closing: Block[];
}

const blockText = (b: Block): string =>
  b.kind === 'p'
    ? b.text
    : b.items.map((item, i) => (b.kind === 'ol' ? `${i + 1}. ${item}` : `- ${item}`)).join('\n');

const blocksText = (blocks: Block[]) => blocks.map(blockText);

/** Plain text with LF line ends; paragraphs are separated by one blank line. */
export function documentText(doc: TextDocument, { withTitle = true } = {}): string {
  const parts = [
    ...(withTitle ? [doc.title] : []),
    ...blocksText(doc.opening),
    ...doc.sections.map((s) => `${s.heading.toUpperCase()}\n${blocksText(s.blocks).join('\n\n')}`),
    ...blocksText(doc.closing),
  ];
  return parts.filter((p) => p !== '').join('\n\n');
}
