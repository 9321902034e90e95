/**
 * Starts reading the side panel's start-up settings while the panel's modules
 * are still being fetched (panel/start-settings.ts). A classic async script:
 * it runs as soon as it arrives, without waiting for the module graph.
 */
import { readStartSettings } from '../panel/start-settings';

export default defineUnlistedScript(() => {
  globalThis.passerelleStartSettings = readStartSettings();
});
