// Runs in the page before any of its scripts (Playwright init script), so it sees everything from
// navigation start. Self-contained: Playwright sends the function's source to the browser.
//
// Definitions (all `performance.now()` values, ms since navigation start):
// - visible: the first animation frame in which the banner box has a non-empty bounding box inside
//   the viewport and is not hidden by display, visibility or an opacity of 0 on it or an ancestor
//   (`checkVisibility`). Checked in a requestAnimationFrame loop, i.e. right before that frame is
//   painted, so the resolution is one frame (16.7 ms at 60 Hz) for every arm alike.
// - settled: the first frame after `visible` where the box is fully opaque and did not move or
//   resize since the previous frame (entry animations done).
// - done: 500 ms after settled, or after the load event for a page without a banner; long tasks
//   and layout shifts are counted up to then.

/**
 * @param {{ path: string[] | null }} banner selectors to the banner box; each next one is looked
 *   up in the previous element's shadow root. `null` for the page without a consent manager.
 */
export function installProbe(banner) {
  const state = { visible: undefined, settled: undefined, done: undefined, longTasks: [], shifts: [] };
  Object.defineProperty(window, '__bench', { value: state });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.shifts.push({ start: entry.startTime, value: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });

  // The driver waits for this console line instead of polling the page (polling would add work).
  const finish = (at) =>
    setTimeout(
      () => {
        state.done = performance.now();
        console.debug('__bench:done');
      },
      Math.max(0, at + 500 - performance.now()),
    );
  // Without a banner the window ends 500 ms after load; the frame loop below still runs (finding
  // nothing), so every arm pays the probe's own per-frame cost alike.
  if (!banner.path) addEventListener('load', () => finish(performance.now()));

  const find = () => {
    if (!banner.path) return null;
    let scope = document;
    let element = null;
    for (const selector of banner.path) {
      element = scope?.querySelector(selector) ?? null;
      if (!element) return null;
      scope = element.shadowRoot;
    }
    return element;
  };
  const opacity = (element) => {
    let product = 1;
    for (let node = element; node instanceof Element; node = node.parentElement ?? node.getRootNode().host) product *= Number(getComputedStyle(node).opacity);
    return product;
  };
  let previous = '';
  const tick = () => {
    const now = performance.now();
    const element = find();
    if (element) {
      const box = element.getBoundingClientRect();
      const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      const shown = inView && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      if (shown && state.visible === undefined) state.visible = now;
      const geometry = `${box.x},${box.y},${box.width},${box.height}`;
      if (state.visible !== undefined && shown && opacity(element) > 0.999 && geometry === previous) {
        state.settled = now;
        finish(now);
        return;
      }
      previous = geometry;
    }
    if (state.done === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
