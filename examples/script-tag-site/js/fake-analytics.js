// A stand-in for an analytics tag (never a real vendor): it runs only once analytics is granted,
// counts its runs, sets _ga-style cookies and records a page view in the dataLayer.
(() => {
  const state = (window.fakeAnalytics ??= { runs: 0, pageViews: [] });
  state.runs += 1;
  const year = 60 * 60 * 24 * 395;
  const now = Math.floor(Date.now() / 1000);
  if (!document.cookie.split('; ').some((entry) => entry.startsWith('_ga='))) {
    document.cookie = `_ga=GA1.1.${Math.floor(Math.random() * 1e9)}.${now}; Max-Age=${year}; Path=/; SameSite=Lax`;
  }
  document.cookie = `_ga_DEMO=GS1.1.${now}.1.0.${now}.0.0.0; Max-Age=${year}; Path=/; SameSite=Lax`;
  state.pageViews.push(location.pathname);
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'fake_analytics_page_view', page: location.pathname });
  document.documentElement.dataset.analytics = 'running';
})();
