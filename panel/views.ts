/**
 * The side panel's views, in tab order. Each view is one module that owns its
 * component; adding a view is adding one line here.
 */
import type { ComponentType } from 'preact';
import { Conversation } from './conversation/Conversation';
import { PortalView } from './portal/PortalView';

export interface PanelView {
  /** Stable id, used in tests (`data-view`) and in persisted navigation. */
  id: string;
  /** Locale key of the tab label. */
  labelKey: string;
  component: ComponentType;
}

export const VIEWS: PanelView[] = [
  { id: 'conversation', labelKey: 'nav.conversation', component: Conversation },
  { id: 'portal', labelKey: 'nav.portal', component: PortalView },
];
