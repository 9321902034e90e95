/**
 * Which locale key names a quick reply: the machine's own wording first
 * (`guide.<machine>.replies.<event>`), else the shared one (`chat.replies.<event>`).
 */
export function replyLabelKey(machineId: string, eventType: string, exists: (key: string) => boolean): string {
  const own = `guide.${machineId}.replies.${eventType}`;
  return exists(own) ? own : `chat.replies.${eventType}`;
}
