// Every English message table of the app, gathered by the build into the one chunk that
// catalog.ts's loadLang('en') fetches.
export const ENGLISH: Record<string, unknown> = import.meta.glob('/src/**/*.en.ts', {
  eager: true,
  import: 'default',
});
