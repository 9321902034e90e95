/**
 * Printing happens in a tab of its own (`kit-print.html`): printing from a
 * side panel or sidebar is unreliable, and a tab gives a full page and the
 * browser's usual print dialog.
 *
 * The panel hands the job over by BroadcastChannel, on request, to the tab
 * that carries the job's id: members' details never go through storage, and
 * a second panel in another window does not answer for this one.
 */
import { browser } from 'wxt/browser';
import { z } from '../../lib/zod';
import { STEP_STATUSES, TRANSITION_STEP_IDS } from '../../lib/kit/checklist';

const CHANNEL = 'passerelle.kit.print';

const Language = z.enum(['fr', 'en']);
const Contact = z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() });
const Member = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  language: Language,
  responsable: Contact.optional(),
  firmName: z.string().optional(),
});

export const PrintJob = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cards'), members: z.array(Member).min(1) }),
  z.object({
    kind: z.literal('checklist'),
    lang: Language,
    progress: z.partialRecord(z.enum(TRANSITION_STEP_IDS), z.enum(STEP_STATUSES)),
  }),
]);
export type PrintJob = z.infer<typeof PrintJob>;

const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('print.request'), id: z.string() }),
  z.object({ type: z.literal('print.job'), id: z.string(), job: z.unknown() }),
]);

const jobs = new Map<string, PrintJob>();
let channel: BroadcastChannel | undefined;

/** Panel side: keeps the job and answers the print tab that asks for it. */
export function servePrintJob(job: PrintJob): string {
  const id = crypto.randomUUID();
  jobs.set(id, job);
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent) => {
      const msg = Message.safeParse(e.data);
      if (msg.success && msg.data.type === 'print.request' && jobs.has(msg.data.id))
        channel!.postMessage({ type: 'print.job', id: msg.data.id, job: jobs.get(msg.data.id) });
    };
  }
  return id;
}

export const printPageUrl = (id: string) => `${browser.runtime.getURL('/kit-print.html')}?job=${encodeURIComponent(id)}`;

/** Opens the print tab for a job. */
export async function openPrintTab(job: PrintJob): Promise<void> {
  await browser.tabs.create({ url: printPageUrl(servePrintJob(job)) });
}

/** Print tab side: asks the panel for the job; undefined when nobody answers. */
export function requestPrintJob(id: string, timeoutMs = 3000): Promise<PrintJob | undefined> {
  return new Promise((resolve) => {
    const ch = new BroadcastChannel(CHANNEL);
    const done = (job: PrintJob | undefined) => {
      clearTimeout(timer);
      ch.close();
      resolve(job);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    ch.onmessage = (e: MessageEvent) => {
      const msg = Message.safeParse(e.data);
      if (!msg.success || msg.data.type !== 'print.job' || msg.data.id !== id) return;
      const job = PrintJob.safeParse(msg.data.job);
      done(job.success ? job.data : undefined);
    };
    ch.postMessage({ type: 'print.request', id });
  });
}
