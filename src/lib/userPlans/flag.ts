// Whether this browser holds cities of the user's own: a synchronous localStorage read, so a page
// decides without loading the database code or the reader. Only then does it load them.
export const USER_CITIES_KEY = 'plan-atlas:user-cities';
/** Ids of the user's cities start with this, so they never meet a published city's id. */
export const USER_ID_PREFIX = 'mine-';

export function userCityIds(): string[] {
  try {
    const raw = localStorage.getItem(USER_CITIES_KEY);
    const ids: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export const isUserCity = (id: string) => id.startsWith(USER_ID_PREFIX);
