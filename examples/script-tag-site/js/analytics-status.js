// Shows whether the gated analytics script has run; it marks <html data-analytics="running">.
(() => {
  const output = document.getElementById('analytics-status');
  const show = () => {
    if (document.documentElement.dataset.analytics === 'running') output.textContent = 'running (it set _ga cookies)';
  };
  new MutationObserver(show).observe(document.documentElement, { attributes: true, attributeFilter: ['data-analytics'] });
  show();
})();
