import { startPortalAgent } from '../content/agent';

export default defineContentScript({
  matches: ['https://sel.ccq.org/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPortalAgent(ctx);
  },
});
