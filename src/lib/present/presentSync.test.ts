import { afterEach, describe, expect, it } from 'vitest';
import { PresentSync, type ShownState } from './presentSync';

// Node has BroadcastChannel: two instances stand for the audience and the presenter window.
const open: PresentSync[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

function openWindow(current: ShownState) {
  const seen: ShownState[] = [];
  let next!: () => void;
  const arrived = () => new Promise<void>((resolve) => (next = resolve));
  let waiting = arrived();
  const sync = new PresentSync(
    (state) => {
      seen.push(state);
      next();
      waiting = arrived();
    },
    () => current,
  );
  open.push(sync);
  return { sync, seen, received: () => waiting };
}

describe('PresentSync', () => {
  it('tells a window that opens where the others are, then keeps them in step', async () => {
    const audience = openWindow({ slide: 3, track: null, black: false });
    const presenter = openWindow({ slide: 1, track: null, black: false });
    await presenter.received();
    expect(presenter.seen).toEqual([{ slide: 3, track: null, black: false }]);

    presenter.sync.post({ slide: 4, track: 'abc', black: true });
    await audience.received();
    expect(audience.seen).toEqual([{ slide: 4, track: 'abc', black: true }]);
  });
});
