/**
 * Who the kit speaks for: what the responsable typed in the kit, with the
 * firm's name taken from the inventory's firm identity when they typed none.
 * (Not in state.ts: that module is in the panel's first bundle, this one
 * brings the inventory's store and loads with the kit.)
 */
import { computed } from '@preact/signals';
import type { KitSender } from '../../lib/kit/member';
import { firm } from '../inventory/store';
import { sender } from './state';

export const effectiveSender = computed<KitSender>(() => {
  const firmName = sender.value.firmName?.trim() || firm.value.name.trim();
  return { ...sender.value, firmName: firmName || undefined };
});
