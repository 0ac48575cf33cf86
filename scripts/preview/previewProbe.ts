/**
 * A probe armed in the preview's page (a string, so the page runs it as written, with no helpers of
 * a test's compiler in it): the moment the rep presses Enter in a field (the date is final), and the
 * first animation frame after the cascade preview's deal section is drawn (read through each host's
 * shadowRoot) — that frame's callback is the moment the preview is on screen. Read back as
 * `window.__previewProbe` { start, shownAt }. Used by the cascade preview's browser test and
 * `npm run bench:ui`.
 */
export const PREVIEW_PROBE = `(() => {
  const probe = { start: null, shownAt: null };
  window.__previewProbe = probe;
  const shown = () => {
    const workspace = document.querySelector('c-plan-workspace')?.shadowRoot;
    const preview = workspace?.querySelector('c-plan-cascade-preview')?.shadowRoot;
    return preview?.querySelector('[data-id="impact"]') != null;
  };
  const onFrame = () => {
    if (probe.start !== null && shown()) {
      probe.shownAt = performance.now();
      return;
    }
    requestAnimationFrame(onFrame);
  };
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && probe.start === null) probe.start = performance.now();
  }, { capture: true });
  requestAnimationFrame(onFrame);
})()`;
