/**
 * Importing the firm's spreadsheet, in steps the person sees:
 * choose a file → what was detected (format, encoding, separator) and which
 * column holds what, with a preview → every row checked, with its problems →
 * confirm → written all at once → undo offered.
 * Nothing is written before « Importer »; the file's text is only ever shown as text.
 */
import { useSignal } from '@preact/signals';
import { runInChunks } from '../../inventory/chunks';
import { applyImport, undoLast, type ApplyResult } from '../../inventory/import/apply';
import { IMPORT_FIELDS, guessMapping, mappingProblems, type ColumnMapping, type ImportField } from '../../inventory/import/columns';
import { readImportFile, type ImportSource, type SourceProblem } from '../../inventory/import/file';
import { ERROR_CODES, planImportSteps, type ImportPlan, type RowIssue } from '../../inventory/import/plan';
import { t } from '../language';
import { Progress } from './Progress';
import { clients, database, members } from './store';

type Step =
  | { kind: 'choose'; problem?: SourceProblem }
  | { kind: 'reading' }
  | { kind: 'mapping'; source: ImportSource; mapping: ColumnMapping; unknown: number[] }
  | { kind: 'planning'; progress: number }
  | { kind: 'review'; source: ImportSource; plan: ImportPlan; skipInvalid: boolean }
  | { kind: 'writing'; progress: number }
  | { kind: 'done'; result: ApplyResult; label: string }
  | { kind: 'failed'; message: string };

const SHOWN_ISSUES = 200;
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function ImportFlow({ onClose }: { onClose: () => void }) {
  const tr = t.value;
  const step = useSignal<Step>({ kind: 'choose' });
  const undone = useSignal<string | null>(null);

  const choose = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    step.value = { kind: 'reading' };
    const read = await readImportFile(file);
    if (!read.ok) {
      step.value = { kind: 'choose', problem: read.problem };
      return;
    }
    const { mapping, unknown } = guessMapping(read.source.table[0] ?? []);
    step.value = { kind: 'mapping', source: read.source, mapping, unknown };
  };

  const check = async (source: ImportSource, mapping: ColumnMapping) => {
    step.value = { kind: 'planning', progress: 0 };
    const plan = await runInChunks(
      planImportSteps(source.table, mapping, { members: members.value, clients: clients.value }, { unreadableRows: source.rowProblems.map((p) => p.row) }),
      (progress) => (step.value = { kind: 'planning', progress }),
    );
    step.value = { kind: 'review', source, plan, skipInvalid: false };
  };

  const confirm = async (source: ImportSource, plan: ImportPlan, skipInvalid: boolean) => {
    const db = database.value;
    if (!db) return;
    step.value = { kind: 'writing', progress: 0 };
    try {
      const result = await applyImport(db, plan, { skipInvalid, label: source.fileName, onProgress: (progress) => (step.value = { kind: 'writing', progress }) });
      step.value = { kind: 'done', result, label: source.fileName };
    } catch (e) {
      const quota = e instanceof Error && /quota/i.test(`${e.name} ${e.message}`);
      step.value = { kind: 'failed', message: tr(quota ? 'inventory.import.quota' : 'inventory.import.writeFailed', { error: e instanceof Error ? e.message : String(e) }) };
    }
  };

  const undo = async () => {
    const db = database.value;
    if (!db) return;
    const r = await undoLast(db);
    undone.value = r.ok ? tr('inventory.undo.done', { label: r.entry.label }) : r.reason === 'changedSince' ? tr('inventory.undo.changedSince', { count: r.count }) : tr('inventory.undo.nothing');
  };

  const s = step.value;
  return (
    <section class="import-flow" aria-labelledby="import-title" data-testid="import-flow">
      <h2 id="import-title">{tr('inventory.import.title')}</h2>
      {s.kind === 'choose' && (
        <>
          <p>{tr('inventory.import.intro')}</p>
          <label class="file">
            {tr('inventory.import.choose')}
            <input type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="import-file" onChange={choose} />
          </label>
          {s.problem && (
            <p role="alert" class="error" data-testid="import-refused">
              {tr(`inventory.import.problem.${s.problem.code}`, s.problem.code === 'fileTooLarge' ? { megabytes: s.problem.megabytes } : {})}
            </p>
          )}
        </>
      )}
      {s.kind === 'reading' && <Progress label={tr('inventory.import.reading')} value={0} />}
      {s.kind === 'mapping' && <MappingStep source={s.source} mapping={s.mapping} unknown={s.unknown} onChange={(mapping) => (step.value = { ...s, mapping })} onCheck={() => check(s.source, s.mapping)} />}
      {s.kind === 'planning' && <Progress label={tr('inventory.import.checking')} value={s.progress} />}
      {s.kind === 'review' && (
        <ReviewStep
          plan={s.plan}
          skipInvalid={s.skipInvalid}
          onSkip={(skipInvalid) => (step.value = { ...s, skipInvalid })}
          onConfirm={() => confirm(s.source, s.plan, s.skipInvalid)}
          onBack={() => (step.value = { kind: 'mapping', source: s.source, mapping: s.plan.mapping, unknown: [] })}
        />
      )}
      {s.kind === 'writing' && <Progress label={tr('inventory.import.writing')} value={s.progress} />}
      {s.kind === 'done' && (
        <div role="status" data-testid="import-done">
          <p>{tr('inventory.import.done', { created: s.result.created, updated: s.result.updated, clients: s.result.clients, file: s.label })}</p>
          {undone.value ? (
            <p data-testid="import-undone">{undone.value}</p>
          ) : (
            <button type="button" data-testid="import-undo" onClick={undo}>
              {tr('inventory.undo.button', { label: s.label })}
            </button>
          )}
        </div>
      )}
      {s.kind === 'failed' && (
        <p role="alert" class="error">
          {s.message}
        </p>
      )}
      <div class="actions">
        {(s.kind === 'done' || s.kind === 'failed') && (
          <button type="button" onClick={() => (step.value = { kind: 'choose' })}>
            {tr('inventory.import.another')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {s.kind === 'done' ? tr('inventory.close') : tr('inventory.cancel')}
        </button>
      </div>
    </section>
  );
}

function detectedText(source: ImportSource): string {
  const tr = t.value;
  if (source.kind === 'xlsx') return tr('inventory.import.detectedXlsx', { rows: source.table.length - 1 });
  return tr('inventory.import.detectedCsv', {
    rows: source.table.length - 1,
    encoding: tr(`inventory.import.encoding.${source.encoding}`),
    delimiter: tr(`inventory.import.delimiter.${source.delimiter === '\t' ? 'tab' : source.delimiter === ';' ? 'semicolon' : 'comma'}`),
  });
}

function MappingStep(props: { source: ImportSource; mapping: ColumnMapping; unknown: number[]; onChange: (m: ColumnMapping) => void; onCheck: () => void }) {
  const tr = t.value;
  const { source, mapping } = props;
  const headers = source.table[0] ?? [];
  const samples = source.table.slice(1, 6);
  const problems = mappingProblems(mapping);
  const fieldLabel = (f: ImportField) => tr(`inventory.field.${f}`);
  return (
    <div class="mapping">
      <p role="status" data-testid="import-detected">
        {detectedText(source)}
      </p>
      {source.encoding === 'windows-1252' && <p class="notice" data-testid="import-encoding-note">{tr('inventory.import.windows1252Note')}</p>}
      {source.rowProblems.length > 0 && (
        <ul class="problems">
          {source.rowProblems.map((p) => (
            <li key={p.row}>{tr(`inventory.import.rowProblem.${p.code}`, { row: p.row })}</li>
          ))}
        </ul>
      )}
      {props.unknown.length > 0 && (
        <ul class="warnings" data-testid="import-unknown-columns">
          {props.unknown.map((i) => (
            <li key={i}>{tr('inventory.import.unknownColumn', { column: clip(headers[i] ?? '') })}</li>
          ))}
        </ul>
      )}
      <table class="data mapping-table">
        <caption>{tr('inventory.import.mappingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('inventory.import.column')}</th>
            <th scope="col">{tr('inventory.import.holds')}</th>
            <th scope="col">{tr('inventory.import.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((h, i) => (
            <tr key={i}>
              <th scope="row">{clip(h) || <span class="muted">{tr('inventory.import.unnamed', { n: i + 1 })}</span>}</th>
              <td>
                <select
                  aria-label={tr('inventory.import.holdsFor', { column: clip(h) || String(i + 1) })}
                  value={mapping[i] ?? ''}
                  onChange={(e) => {
                    const next = [...mapping];
                    next[i] = ((e.target as HTMLSelectElement).value || null) as ImportField | null;
                    props.onChange(next);
                  }}
                >
                  <option value="">{tr('inventory.import.ignore')}</option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(f)}
                    </option>
                  ))}
                </select>
              </td>
              <td class="examples">{samples.map((r) => clip(r[i] ?? '', 40)).filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Preview source={source} mapping={mapping} />
      {problems.length > 0 && (
        <ul class="problems" role="alert" data-testid="import-mapping-problems">
          {problems.map((p, i) => (
            <li key={i}>
              {p.code === 'noNameColumn'
                ? tr('inventory.import.noNameColumn')
                : tr('inventory.import.columnMappedTwice', { field: fieldLabel(p.field), columns: p.columns.map((c) => clip(headers[c] ?? '') || c + 1).join(', ') })}
            </li>
          ))}
        </ul>
      )}
      <p class="muted">{tr('inventory.import.nothingYet')}</p>
      <button type="button" class="primary" data-testid="import-check" disabled={problems.length > 0} onClick={props.onCheck}>
        {tr('inventory.import.check', { rows: source.table.length - 1 })}
      </button>
    </div>
  );
}

function Preview({ source, mapping }: { source: ImportSource; mapping: ColumnMapping }) {
  const tr = t.value;
  const columns = mapping.map((f, i) => [f, i] as const).filter((c): c is readonly [ImportField, number] => c[0] !== null);
  if (columns.length === 0) return null;
  return (
    <div class="scroll-x" tabIndex={0} role="region" aria-label={tr('inventory.import.previewCaption')}>
    <table class="data preview" data-testid="import-preview">
      <caption>{tr('inventory.import.previewCaption')}</caption>
      <thead>
        <tr>
          {columns.map(([f]) => (
            <th scope="col" key={f}>
              {tr(`inventory.field.${f}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {source.table.slice(1, 6).map((row, r) => (
          <tr key={r}>
            {columns.map(([f, i]) => (
              <td key={f}>{clip(row[i] ?? '', 40)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

function issueText(i: RowIssue): string {
  const tr = t.value;
  return tr(`inventory.issue.${i.code}`, { row: i.row, column: i.column ?? '', value: clip(i.value ?? ''), firstRow: i.firstRow ?? '' });
}

function ReviewStep(props: { plan: ImportPlan; skipInvalid: boolean; onSkip: (v: boolean) => void; onConfirm: () => void; onBack: () => void }) {
  const tr = t.value;
  const { plan } = props;
  const c = plan.counts;
  const issues = plan.rows.flatMap((r) => r.issues);
  const errors = issues.filter((i) => ERROR_CODES.has(i.code));
  const warnings = issues.filter((i) => !ERROR_CODES.has(i.code));
  const ordered = [...errors, ...warnings];
  const canImport = c.valid > 0 && (c.invalid === 0 || props.skipInvalid);
  return (
    <div class="review">
      <p role="status" data-testid="import-summary">
        {tr('inventory.import.summary', { rows: c.rows, create: c.create, update: c.update, clients: c.newClients })}
      </p>
      {c.invalid > 0 && (
        <p class="error" data-testid="import-invalid">
          {tr('inventory.import.invalidRows', { count: c.invalid })}
        </p>
      )}
      {warnings.length > 0 && <p class="notice">{tr('inventory.import.warnings', { count: warnings.length })}</p>}
      {ordered.length > 0 && (
        <ul class="issues" data-testid="import-issues">
          {ordered.slice(0, SHOWN_ISSUES).map((i, k) => (
            <li key={k} class={ERROR_CODES.has(i.code) ? 'error' : 'warning'} data-code={i.code}>
              {issueText(i)}
            </li>
          ))}
          {ordered.length > SHOWN_ISSUES && <li>{tr('inventory.import.moreIssues', { count: ordered.length - SHOWN_ISSUES })}</li>}
        </ul>
      )}
      {c.invalid > 0 && c.valid > 0 && (
        <label class="check">
          <input type="checkbox" data-testid="import-skip-invalid" checked={props.skipInvalid} onChange={(e) => props.onSkip((e.target as HTMLInputElement).checked)} />
          {tr('inventory.import.skipInvalid', { valid: c.valid, invalid: c.invalid })}
        </label>
      )}
      <p class="muted">{tr('inventory.import.nothingYet')}</p>
      <div class="actions">
        <button type="button" class="primary" data-testid="import-confirm" disabled={!canImport} onClick={props.onConfirm}>
          {tr('inventory.import.confirm', { count: c.valid })}
        </button>
        <button type="button" onClick={props.onBack}>
          {tr('inventory.import.back')}
        </button>
      </div>
    </div>
  );
}
