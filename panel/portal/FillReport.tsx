import { t } from '../language';
import type { FillResult } from './client';

/** The per-field report of a prefill, for the conversation or the Portail view. */
export function FillReport({ result }: { result: FillResult }) {
  const tr = t.value;
  if (result.type === 'prefill.error') return <p role="alert" data-testid="prefill-error">{tr(`prefill.error.${result.reason}`)}</p>;
  // Fields the plan names but the page does not show once and only once: the portal changed, the person fills them.
  const drifted = result.fields.filter((f) => f.status === 'ambiguous' || (f.status === 'notFound' && !f.reason));
  return (
    <div class="fill-report" data-testid="fill-report" data-outcome={result.outcome}>
      <p role="status">
        {tr(`prefill.outcome.${result.outcome}`)} {result.reason && tr(`prefill.refused.${result.reason}`)}
      </p>
      {result.fields.length > 0 && (
        <table>
          <tbody>
            {result.fields.map((f) => (
              <tr key={f.key} data-field={f.key} data-status={f.status}>
                <th scope="row">{tr(`prefill.fields.${f.key}`)}</th>
                <td>
                  {tr(`prefill.status.${f.status}`)}
                  {f.reason && ` (${tr(`prefill.reason.${f.reason}`)})`}
                </td>
                <td class="value">{f.value ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {drifted.length > 0 && (
        <p role="alert" data-testid="fill-drift">{tr('prefill.drift', { fields: drifted.map((f) => tr(`prefill.fields.${f.key}`)).join(', ') })}</p>
      )}
      {result.outcome !== 'refused' && <p class="reminder">{tr('prefill.reminder')}</p>}
    </div>
  );
}
