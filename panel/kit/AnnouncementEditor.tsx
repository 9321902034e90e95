import type { Language } from '../../lib/i18n';
import { buildAnnouncement } from '../../lib/kit/announcement';
import { dateProblems } from '../../lib/kit/dates';
import type { Translators } from '../../lib/kit/translate';
import { t } from '../language';
import { CopyButton, MailtoLinks } from './SendActions';
import { firm } from '../inventory/store';
import { effectiveSender, saveResponsable, senderValue } from './sender';
import { announcementDrafts, deadline, launchDate, sender } from './state';

export function SenderFields() {
  const tr = t.value;
  const input = (key: 'firmName' | 'name' | 'email' | 'phone', type = 'text') => (
    <label class="kit-field">
      <span>{tr(`kit.sender.${key}`)}</span>
      <input
        type={type}
        name={`sender-${key}`}
        value={senderValue(key)}
        // The inventory's firm name is used when none is typed here.
        placeholder={key === 'firmName' ? firm.value.name : undefined}
        onInput={(e) => (sender.value = { ...sender.value, [key]: e.currentTarget.value })}
        // The responsable's details are kept with the firm identity; the firm's name is the inventory's to change.
        onChange={key === 'firmName' ? undefined : () => void saveResponsable()}
      />
    </label>
  );
  return (
    <fieldset class="kit-sender">
      <legend>{tr('kit.sender.heading')}</legend>
      <p class="kit-note">{tr('kit.sender.hint')}</p>
      {input('firmName')}
      {input('name')}
      {input('email', 'email')}
      {input('phone', 'tel')}
    </fieldset>
  );
}

function LanguageDraft({ lang, translators }: { lang: Language; translators: Translators }) {
  const tr = t.value;
  const suggested = buildAnnouncement(
    { sender: effectiveSender.value, launchDate: launchDate.value, deadline: deadline.value },
    lang,
    translators[lang],
  );
  const edited = announcementDrafts.value[lang];
  const draft = edited ?? { subject: suggested.subject, body: suggested.body };
  const edit = (change: Partial<typeof draft>) =>
    (announcementDrafts.value = { ...announcementDrafts.value, [lang]: { ...draft, ...change } });
  const id = `kit-ann-${lang}`;
  return (
    <section class="kit-draft" data-lang={lang} lang={lang === 'fr' ? 'fr-CA' : 'en-CA'}>
      <h3>{tr(lang === 'fr' ? 'kit.announcement.french' : 'kit.announcement.english')}</h3>
      <label class="kit-field">
        <span>{tr('kit.announcement.subject')}</span>
        <input name={`${id}-subject`} value={draft.subject} onInput={(e) => edit({ subject: e.currentTarget.value })} />
      </label>
      <label class="kit-field">
        <span>{tr('kit.announcement.body')}</span>
        <textarea name={`${id}-body`} rows={14} value={draft.body} onInput={(e) => edit({ body: e.currentTarget.value })} />
      </label>
      {edited && (
        <p class="kit-note">
          {tr('kit.announcement.edited')}{' '}
          <button
            type="button"
            onClick={() => {
              const { [lang]: _dropped, ...rest } = announcementDrafts.value;
              announcementDrafts.value = rest;
            }}
          >
            {tr('kit.announcement.regenerate')}
          </button>
        </p>
      )}
      <div class="kit-actions">
        <CopyButton label={tr('kit.actions.copy')} text={() => `${draft.subject}\n\n${draft.body}`} />
        <MailtoLinks draft={{ to: [], subject: draft.subject, body: draft.body }} />
      </div>
    </section>
  );
}

/** The internal announcement, in both languages, editable before it leaves. */
export function AnnouncementEditor({ translators }: { translators: Translators }) {
  const tr = t.value;
  const problems = dateProblems(launchDate.value || undefined, deadline.value || undefined);
  return (
    <section class="kit-section" aria-labelledby="kit-ann-h" data-testid="kit-announcement">
      <h2 id="kit-ann-h">{tr('kit.announcement.heading')}</h2>
      <p class="kit-note">{tr('kit.announcement.hint')}</p>
      <div class="kit-dates">
        <label class="kit-field">
          <span>{tr('kit.announcement.launchDate')}</span>
          <input type="date" name="launchDate" value={launchDate.value} onInput={(e) => (launchDate.value = e.currentTarget.value)} />
        </label>
        <label class="kit-field">
          <span>{tr('kit.announcement.deadline')}</span>
          <input type="date" name="deadline" value={deadline.value} onInput={(e) => (deadline.value = e.currentTarget.value)} />
        </label>
      </div>
      {problems.map((key) => (
        <p key={key} class="kit-error" role="alert">
          {tr(key)}
        </p>
      ))}
      <LanguageDraft lang="fr" translators={translators} />
      <LanguageDraft lang="en" translators={translators} />
    </section>
  );
}
