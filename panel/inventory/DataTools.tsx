/**
 * Getting the inventory out and back: the members list for Excel, a full
 * backup, restoring one (checked and previewed first), undoing the last
 * import or restore, and a reminder when no recent backup exists.
 */
import { useSignal } from '@preact/signals';
import { toCsv } from '../../inventory/export/csv';
import { backupReminderDue, makeBackup, markBackedUp, parseBackup, restoreBackup, type Backup, type BackupPreview } from '../../inventory/export/backup';
import { memberExportLabels } from '../../inventory/export/labels';
import { memberRows } from '../../inventory/export/members';
import { undoLast } from '../../inventory/import/apply';
import { language, t } from '../language';
import { download, today } from './download';
import { clients, database, lastBackupAt, lastChange, members, needs } from './store';

export function BackupReminder() {
  const tr = t.value;
  if (!backupReminderDue(lastBackupAt.value, members.value.length, Date.now())) return null;
  return (
    <p class="notice" role="status" data-testid="backup-reminder">
      {lastBackupAt.value === undefined
        ? tr('inventory.backup.never')
        : tr('inventory.backup.old', { date: new Date(lastBackupAt.value).toLocaleDateString(language.value === 'fr' ? 'fr-CA' : 'en-CA') })}
    </p>
  );
}

export function DataTools() {
  const tr = t.value;
  const message = useSignal('');
  const restore = useSignal<{ backup: Backup; preview: BackupPreview; fileName: string } | null>(null);

  const exportMembers = () => {
    const rows = memberRows(members.value, clients.value, needs.value, memberExportLabels((k) => tr(k)));
    download(`${tr('inventory.export.membersFile')}-${today()}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
  };

  const backup = async () => {
    const db = database.value;
    if (!db) return;
    const data = await makeBackup(db);
    download(`passerelle-${tr('inventory.backup.file')}-${today()}.json`, JSON.stringify(data), 'application/json');
    await markBackedUp(db);
    message.value = tr('inventory.backup.made');
  };

  const pickBackup = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      restore.value = null;
      message.value = parsed.problem === 'invalid' ? tr('inventory.restore.invalid', { where: parsed.where.join(', ') }) : tr(`inventory.restore.${parsed.problem}`);
      return;
    }
    message.value = '';
    restore.value = { backup: parsed.backup, preview: parsed.preview, fileName: file.name };
  };

  const applyRestore = async () => {
    const db = database.value;
    const r = restore.value;
    if (!db || !r) return;
    await restoreBackup(db, r.backup, r.fileName);
    restore.value = null;
    message.value = tr('inventory.restore.done', { file: r.fileName });
  };

  const undo = async () => {
    const db = database.value;
    if (!db) return;
    const r = await undoLast(db);
    message.value = r.ok ? tr('inventory.undo.done', { label: r.entry.label }) : r.reason === 'changedSince' ? tr('inventory.undo.changedSince', { count: r.count }) : tr('inventory.undo.nothing');
  };

  const p = restore.value?.preview;
  const date = (ms: number) => new Date(ms).toLocaleString(language.value === 'fr' ? 'fr-CA' : 'en-CA');
  return (
    <details class="data-tools">
      <summary>{tr('inventory.tools.title')}</summary>
      <div class="actions">
        <button type="button" onClick={exportMembers} disabled={members.value.length === 0}>
          {tr('inventory.export.members')}
        </button>
        <button type="button" data-testid="backup" onClick={backup}>
          {tr('inventory.backup.button')}
        </button>
        <label class="file">
          {tr('inventory.restore.choose')}
          <input type="file" accept=".json,application/json" onChange={pickBackup} />
        </label>
        {lastChange.value && (
          <button type="button" data-testid="undo-last" onClick={undo}>
            {tr(`inventory.undo.${lastChange.value.kind}`, { label: lastChange.value.label, date: date(lastChange.value.at) })}
          </button>
        )}
      </div>
      {p && (
        <div class="restore-preview" role="group" aria-label={tr('inventory.restore.previewLabel')}>
          <p>{tr('inventory.restore.preview', { date: date(p.exportedAt), members: p.members, clients: p.clients, needs: p.needs, worklist: p.worklist })}</p>
          {p.danglingNeeds > 0 && <p class="notice">{tr('inventory.restore.dangling', { count: p.danglingNeeds })}</p>}
          <p class="notice">{tr('inventory.restore.replaces', { members: members.value.length })}</p>
          <button type="button" class="primary" onClick={applyRestore}>
            {tr('inventory.restore.confirm')}
          </button>
          <button type="button" onClick={() => (restore.value = null)}>
            {tr('inventory.cancel')}
          </button>
        </div>
      )}
      {message.value && <p role="status">{message.value}</p>}
    </details>
  );
}
