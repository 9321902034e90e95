/** What the Portail view shows, shared with the worklist's prefill button. */
import { signal } from '@preact/signals';
import type { FillResult } from './client';

export const fillResult = signal<FillResult | undefined>(undefined);
export const filling = signal(false);
