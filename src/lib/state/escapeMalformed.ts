// SvelteKit's client decodes the address's path (decodeURI) to match a route, and its fragment
// (decodeURIComponent) to scroll to and focus its target. A malformed escape there (`#%zz`, a cut
// `%E3%81`) throws, and the app never starts. Such a part names no route and no element, so its
// % signs are escaped (`%` → `%25`) before SvelteKit reads it: it then decodes to the text as
// typed. hooks.client.ts applies this to the address when the app starts.

const escapeIfMalformed = (part: string, decode: (s: string) => string) => {
  try {
    decode(part);
    return part;
  } catch {
    return part.replace(/%/g, '%25');
  }
};

/** Path, query and fragment of `url`, with a path or fragment SvelteKit cannot decode escaped. */
export const escapeMalformed = ({
  pathname,
  search,
  hash,
}: Pick<URL, 'pathname' | 'search' | 'hash'>): string =>
  escapeIfMalformed(pathname, decodeURI) + search + escapeIfMalformed(hash, decodeURIComponent);
