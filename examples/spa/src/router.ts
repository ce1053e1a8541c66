/** A route's content: a title and a function that fills `<main>`. */
export interface View {
  title: string;
  render(main: HTMLElement): void | Promise<void>;
}

/**
 * A minimal History API router for links marked `data-route`.
 *
 * @example
 * const router = createRouter({ '/spa/': home }, main);
 * router.onNavigate((path) => console.log('now at', path));
 */
export interface Router {
  readonly path: string;
  navigate(path: string): Promise<void>;
  /** Called after every render, also the first one; returns unsubscribe. */
  onNavigate(listener: (path: string) => void): () => void;
}

export function createRouter(routes: Record<string, View>, main: HTMLElement, notFound: View): Router {
  const listeners = new Set<(path: string) => void>();
  let first = true;

  const render = async () => {
    const path = location.pathname;
    const view = routes[path] ?? notFound;
    document.title = `${view.title} · Assent SPA demo`;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
      if (link.pathname === path && !link.classList.contains('brand')) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    main.replaceChildren();
    await view.render(main);
    // After a client-side navigation, move focus to the new content, as a page load would.
    if (!first) main.focus();
    first = false;
    for (const listener of listeners) listener(path);
  };

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-route]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate(link.pathname);
  });
  addEventListener('popstate', () => void render());

  const router: Router = {
    get path() {
      return location.pathname;
    },
    async navigate(path) {
      if (path !== location.pathname) history.pushState(null, '', path);
      await render();
    },
    onNavigate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  void render();
  return router;
}
