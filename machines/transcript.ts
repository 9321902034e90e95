/**
 * The conversation as data: who said what, as locale keys and parameters (or
 * the person's own typed words), so it can be stored, restored, re-rendered in
 * the other language and exported as text.
 */
import { resolveParams, type MessageParams } from './messages';
import { isPortalPage, type PortalPage } from './portal-pages';

export type TranscriptEntry =
  | {
      id: number;
      from: 'assistant';
      /** `heading` opens a step; `notice` is about the assistant itself (restore, errors). */
      kind: 'message' | 'heading' | 'notice';
      key: string;
      params?: MessageParams;
      /** A portal page this message offers to open. */
      portal?: PortalPage;
    }
  | { id: number; from: 'person'; key: string; params?: MessageParams }
  | { id: number; from: 'person'; text: string };

const isParams = (v: unknown): v is MessageParams =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');

/** Stored data is checked before use: an old or damaged entry is dropped, not rendered. */
export function isTranscriptEntry(v: unknown): v is TranscriptEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  if (typeof e.id !== 'number') return false;
  if (e.params !== undefined && !isParams(e.params)) return false;
  if (e.from === 'assistant') {
    return (
      (e.kind === 'message' || e.kind === 'heading' || e.kind === 'notice') &&
      typeof e.key === 'string' &&
      (e.portal === undefined || isPortalPage(e.portal))
    );
  }
  if (e.from === 'person') return typeof e.key === 'string' || typeof e.text === 'string';
  return false;
}

type T = (key: string, params?: Record<string, unknown>) => string;

/** One entry in the current language. */
export function renderEntry(e: TranscriptEntry, t: T): string {
  if ('text' in e) return e.text;
  return t(e.key, resolveParams(e.params, t));
}

/** The whole conversation as plain text, for the person's records. */
export function transcriptText(entries: readonly TranscriptEntry[], t: T, exportedAt: Date): string {
  const lines = [t('chat.export.title'), t('chat.export.date', { date: exportedAt.toLocaleString() }), ''];
  for (const e of entries) {
    const text = renderEntry(e, t);
    if (e.from === 'assistant' && e.kind === 'heading') lines.push('', `== ${text} ==`, '');
    else lines.push(`${e.from === 'person' ? t('chat.export.you') : t('chat.export.assistant')}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
