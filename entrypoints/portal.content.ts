import { startPortalAgent } from '../content/agent';

export default defineContentScript({
  matches: ['https://sel.ccq.org/*'],
  // Not in the manifest: the panel injects it when it first needs the page
  // (panel/portal/summon.ts), so portal pages load untouched otherwise.
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPortalAgent(ctx);
  },
});
