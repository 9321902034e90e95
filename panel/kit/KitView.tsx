import './kit.css';
import { buildChecklist, checklistText } from '../../lib/kit/checklist';
import type { Translators } from '../../lib/kit/translate';
import { language, t } from '../language';
import { AnnouncementEditor, SenderFields } from './AnnouncementEditor';
import { ChecklistView } from './ChecklistView';
import { MemberCards } from './MemberCards';
import { CopyButton, PrintButton } from './SendActions';
import { transitionProgress } from './state';

function TransitionChecklist({ translators }: { translators: Translators }) {
  const tr = t.value;
  const lang = language.value;
  const list = buildChecklist(transitionProgress.value, lang, translators[lang]);
  return (
    <section class="kit-section" aria-labelledby="kit-check-h" data-testid="kit-checklist">
      <h2 id="kit-check-h">{tr('kit.checklist.heading')}</h2>
      <p class="kit-note">{tr('kit.checklist.hint')}</p>
      <div class="kit-actions">
        <PrintButton
          action="print-checklist"
          label={tr('kit.actions.print')}
          job={() => ({ kind: 'checklist', lang, progress: transitionProgress.value })}
        />
        <CopyButton label={tr('kit.actions.copy')} text={() => checklistText(list, translators[lang])} />
      </div>
      <ChecklistView list={list} tr={translators[lang]} />
    </section>
  );
}

/** The communication kit: who you are, the announcement, members' cards, the checklist. */
export function KitView({ translators }: { translators: Translators }) {
  const tr = t.value;
  return (
    <div class="kit" data-testid="kit">
      <p class="kit-intro">{tr('kit.intro')}</p>
      <SenderFields />
      <AnnouncementEditor translators={translators} />
      <MemberCards translators={translators} />
      <TransitionChecklist translators={translators} />
    </div>
  );
}
