/**
 * The side panel's views, in tab order. Each view is one module that owns its
 * component; adding a view is adding one line here.
 */
import type { ComponentType } from 'preact';
import { ConversationTab, liveConversation } from './conversation/ConversationTab';
import { KitTab } from './kit';
import { lazyView } from './lazy';
import { prefillHandler } from './navigation';
import { trainingMode } from './training/mode';

/** The trainer's tab: in training mode, or once the person said they give a training session. */
const forTrainers = () => {
  // Reading the signals re-renders the tabs when the conversation comes alive and when the journey moves (the role is chosen there).
  const conversation = liveConversation.value?.conversation;
  return trainingMode.value || (!!conversation?.view.value && conversation.role() === 'trainer');
};

export interface PanelView {
  /** Stable id, used in tests (`data-view`) and in persisted navigation. */
  id: string;
  /** Locale key of the tab label. */
  labelKey: string;
  component: ComponentType;
  /** Shown only while this holds (read in render, so signals it reads keep it current). */
  visible?: () => boolean;
}

export const VIEWS: PanelView[] = [
  { id: 'conversation', labelKey: 'nav.conversation', component: ConversationTab },
  { id: 'inventory', labelKey: 'inventory.nav', component: lazyView(() => import('./inventory/InventoryView').then((m) => m.InventoryView)) },
  { id: 'worklist', labelKey: 'worklist.nav', component: lazyView(() => import('./inventory/WorklistView').then((m) => m.WorklistView)) },
  { id: 'dashboard', labelKey: 'dashboard.nav', component: lazyView(() => import('./inventory/DashboardView').then((m) => m.DashboardView)) },
  { id: 'kit', labelKey: 'kit.nav', component: KitTab },
  { id: 'portal', labelKey: 'nav.portal', component: lazyView(() => import('./portal/PortalView').then((m) => m.PortalView)) },
  { id: 'training', labelKey: 'training.nav', component: lazyView(() => import('./training/TrainingView').then((m) => m.TrainingView)), visible: forTrainers },
];

// The worklist offers a prefill for items a portal form can fix; the code loads on first use.
prefillHandler.value = (item) => import('./portal/prefill-item').then((m) => m.prefillItem(item));
