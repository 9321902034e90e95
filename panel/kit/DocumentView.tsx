import type { Block, TextDocument } from '../../lib/kit/document';

const htmlLang = (lang: 'fr' | 'en') => (lang === 'fr' ? 'fr-CA' : 'en-CA');

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'p') return <p>{block.text}</p>;
  const List = block.kind;
  return (
    <List>
      {block.items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </List>
  );
}

/**
 * A card (or any TextDocument) as HTML. Every string is a text node: names
 * and firm names typed by people never become markup.
 */
export function DocumentView({ doc, class: className = '' }: { doc: TextDocument; class?: string }) {
  return (
    <article class={`kit-doc ${className}`} lang={htmlLang(doc.lang)}>
      <h3 class="kit-doc-title">{doc.title}</h3>
      {doc.opening.map((b, i) => (
        <BlockView key={`o${i}`} block={b} />
      ))}
      {doc.sections.map((s) => (
        <section key={s.id} data-section={s.id}>
          <h4>{s.heading}</h4>
          {s.blocks.map((b, i) => (
            <BlockView key={i} block={b} />
          ))}
        </section>
      ))}
      {doc.closing.map((b, i) => (
        <BlockView key={`c${i}`} block={b} />
      ))}
    </article>
  );
}
