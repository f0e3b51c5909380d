import { base } from '$app/paths';

type IdleScheduler = (task: () => void, options: { timeout: number }) => void;

const whenIdle: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? (task, options) => requestIdleCallback(task, options)
    : (task) => setTimeout(task, 0);

/**
 * Registers the service worker (src/service-worker.ts) once the page has loaded and the browser is
 * idle. Installing it precaches the whole site, some seventy files; SvelteKit's own registration
 * starts that at the load event, where it competes with the first page's render for the CPU.
 */
export function registerServiceWorkerWhenIdle(timeoutMs = 3000): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    whenIdle(
      () => {
        navigator.serviceWorker.register(`${base}/service-worker.js`).catch((error: unknown) => {
          // Offline use is lost, nothing else: the page itself keeps working.
          console.warn('Plan Atlas: the service worker could not be registered', error);
        });
      },
      { timeout: timeoutMs },
    );
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
