import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ELOISE, LIAM } from '../../lib/kit/fixtures';
import { openPrintTab, printPageUrl, requestPrintJob, servePrintJob } from './print-job';

describe('print job hand-over', () => {
  it('gives the print tab the job it asks for by id', async () => {
    const id = servePrintJob({ kind: 'cards', members: [ELOISE, LIAM] });
    expect(await requestPrintJob(id)).toEqual({ kind: 'cards', members: [ELOISE, LIAM] });
  });

  it('answers only for its own jobs; an unknown id gets nothing', async () => {
    servePrintJob({ kind: 'checklist', lang: 'en', progress: { step1: 'done' } });
    expect(await requestPrintJob('not-a-job', 50)).toBeUndefined();
  });

  it('refuses a malformed job instead of printing it', async () => {
    const channel = new BroadcastChannel('passerelle.kit.print');
    channel.onmessage = (e: MessageEvent) => {
      if (e.data?.type === 'print.request')
        channel.postMessage({ type: 'print.job', id: e.data.id, job: { kind: 'cards', members: [{ firstName: 1 }] } });
    };
    try {
      expect(await requestPrintJob('forged', 200)).toBeUndefined();
    } finally {
      channel.close();
    }
  });

  it('opens the print page in a tab of its own', async () => {
    await openPrintTab({ kind: 'cards', members: [ELOISE] });
    const tabs = await fakeBrowser.tabs.query({});
    const url = tabs.map((t) => t.url).find((u) => u?.includes('kit-print.html'));
    expect(url).toMatch(/\/kit-print\.html\?job=[0-9a-f-]{36}$/);
    const id = new URL(url!).searchParams.get('job')!;
    expect(await requestPrintJob(id)).toEqual({ kind: 'cards', members: [ELOISE] });
    expect(printPageUrl('a b')).toMatch(/\?job=a%20b$/);
  });
});
