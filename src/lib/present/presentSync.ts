// Keeps the audience window and the presenter window on the same slide. BroadcastChannel reaches
// every window of this origin in the browser, offline too; each window posts what its presenter
// did (a slide, a black screen, a changed track) and follows what the others post. A window that
// opens asks the others where they are, so a reloaded presenter view catches up.

export interface ShownState {
  slide: number;
  /** The track's code; null for the default track. */
  track: string | null;
  black: boolean;
}

type Message = { type: 'show'; state: ShownState } | { type: 'where' };

const CHANNEL = 'plan-atlas:present';

export class PresentSync {
  #channel: BroadcastChannel | null;

  /**
   * `follow` is called with what another window shows; `current` answers another window that
   * has just opened.
   */
  constructor(follow: (state: ShownState) => void, current: () => ShownState) {
    this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    this.#channel?.addEventListener('message', (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type === 'show') follow(message.state);
      else if (message?.type === 'where') this.post(current());
    });
    this.#channel?.postMessage({ type: 'where' } satisfies Message);
  }

  post(state: ShownState) {
    this.#channel?.postMessage({ type: 'show', state } satisfies Message);
  }

  close() {
    this.#channel?.close();
    this.#channel = null;
  }
}
