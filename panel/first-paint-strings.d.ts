/** Built from locales/*.json by scripts/first-paint-strings.ts: each language's first-paint strings, by key. */
declare module 'virtual:first-paint-strings' {
  const strings: Record<'fr' | 'en', Readonly<Record<string, string>>>;
  export default strings;
}
