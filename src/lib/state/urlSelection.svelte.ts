// What the source viewer shows, kept in the URL so a planner can send a link to one line of a plan:
// ?item=<item id> or ?fact=<fact key>. One at a time; choosing one clears the other. Whether the id
// exists is for the page to decide, since it holds the plan and this class does not.
// ?mark=<words> (space-separated) are the words that led here (a search's, a concept's), marked in
// the viewer; ?label=<category id | sdg:n> the label whose evidence is open. Choosing another item
// clears both.
import { goto } from '$app/navigation';
import { pageQuery, pageUrl } from './pageQuery';
import { patchSearch } from './urlParams';

export type Selection = { item: string } | { fact: string } | null;

const nonEmpty = (v: string | null) => (v === '' ? null : v);

export class UrlSelection {
  #item = $derived(nonEmpty(pageQuery().get('item')));
  #fact = $derived(nonEmpty(pageQuery().get('fact')));
  #mark = $derived(
    (pageQuery().get('mark') ?? '')
      .split(/[\s\u3000]+/u)
      .filter(Boolean)
      .slice(0, 50),
  );
  #label = $derived(nonEmpty(pageQuery().get('label')));

  /** The words to mark, as given (the viewer folds them). */
  get mark(): readonly string[] {
    return this.#mark;
  }

  get label(): string | null {
    return this.#label;
  }

  /** Opens or closes one label's evidence; the item stays. */
  showLabel(label: string | null): Promise<void> {
    if (label === this.#label) return Promise.resolve();
    return goto(patchSearch(pageUrl(), { label }), {
      keepFocus: true,
      noScroll: true,
      replaceState: true,
    });
  }

  get item(): string | null {
    return this.#item;
  }

  get fact(): string | null {
    return this.#item === null ? this.#fact : null;
  }

  /** Each choice is a history entry, so back/forward step through what was opened. */
  select(next: Selection): Promise<void> {
    const item = next && 'item' in next ? next.item : null;
    const fact = next && 'fact' in next ? next.fact : null;
    if (item === this.#item && fact === this.#fact) return Promise.resolve();
    return goto(patchSearch(pageUrl(), { item, fact, mark: null, label: null }), {
      keepFocus: true,
      noScroll: true,
    });
  }
}
