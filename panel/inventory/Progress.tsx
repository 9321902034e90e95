/** A labelled progress bar for long work (import, reconciliation). */
export function Progress({ label, value }: { label: string; value: number }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div class="progress" role="status">
      <span>{label}</span>
      <progress max={100} value={pct} aria-label={label}>
        {pct} %
      </progress>
      <span class="progress-pct">{pct} %</span>
    </div>
  );
}
