// Benchmark probe (injected by scripts/bench/uiBench.ts before the page loads, never part of the
// app): when the step list shows `?benchRows=N` rows, records the moment, then the moment the
// main thread is free again (the next task after that frame), against the moment the getPlan data
// arrived (window.__apexLastDataAt, set by the Apex stand-in).
(() => {
  const expected = Number(new URLSearchParams(window.location.search).get('benchRows')) || 0;
  if (!expected) return;
  const probe = (window.__bench = { dataAt: null, rowsAt: null, interactiveAt: null, rows: 0 });
  // Through each host's shadowRoot: works with synthetic and native shadow DOM alike.
  const countRows = () => {
    const workspace = document.querySelector('c-plan-workspace');
    const root = workspace && workspace.shadowRoot;
    const list = root && root.querySelector('c-plan-step-list');
    return list && list.shadowRoot ? list.shadowRoot.querySelectorAll('tr[data-step-id]').length : 0;
  };
  const onFrame = () => {
    probe.rows = countRows();
    if (probe.rows >= expected && window.__apexLastDataAt) {
      probe.rowsAt = performance.now();
      probe.dataAt = window.__apexLastDataAt;
      performance.mark('plan-rows-rendered');
      setTimeout(() => {
        probe.interactiveAt = performance.now();
        performance.mark('plan-interactive');
        performance.measure('plan-data-to-interactive', { start: probe.dataAt, end: probe.interactiveAt });
      }, 0);
      return;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})();
