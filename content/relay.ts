/**
 * How extension pages reach the agent running in the training copy.
 *
 * The training copy is an extension page (`training.html`): manifest content
 * scripts never run there and `tabs.sendMessage`/`tabs.connect` do not reach
 * it. So the panel sends through the runtime instead, which every open page of
 * ours hears, naming the tab it means: a request travels in an envelope with
 * the target tab's id, a conversation on a port whose name carries it. Only the
 * training page in that tab answers; every other page of ours stays silent.
 * The contract inside the envelope is the portal's, unchanged.
 */
import { PORT_NAME, PortalRequest, check, lit, num, obj } from './protocol';

export const TRAINING_PAGE = 'training.html';

export const RELAY = 'training.relay';

/** A portal request addressed to the training page in tab `tabId`. */
export const RelayEnvelope = obj({ type: lit(RELAY), tabId: num, message: PortalRequest });

export interface RelayEnvelope {
  type: typeof RELAY;
  tabId: number;
  message: PortalRequest;
}

export const relayed = (tabId: number, message: PortalRequest): RelayEnvelope => ({ type: RELAY, tabId, message });

export const isRelayEnvelope = (value: unknown): value is RelayEnvelope => check(RelayEnvelope, value);

/** The port name of a conversation with the training page in tab `tabId`. */
export const relayPortName = (tabId: number) => `${PORT_NAME}@${tabId}`;
