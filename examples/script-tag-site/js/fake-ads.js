// A stand-in for an ad tag: runs only once advertising is granted, sets a tracking-style cookie
// and fills the page's ad slot with a house ad.
(() => {
  const state = (window.fakeAds ??= { runs: 0 });
  state.runs += 1;
  document.cookie = `_fake_ads_id=${Math.floor(Math.random() * 1e9)}; Max-Age=${60 * 60 * 24 * 90}; Path=/; SameSite=Lax`;
  const slot = document.getElementById('client-ad-slot');
  if (slot) {
    slot.dataset.filled = 'true';
    slot.querySelector('.why').textContent = 'The ad script ran because you allowed advertising cookies.';
    const ad = document.createElement('p');
    ad.className = 'ad';
    ad.innerHTML = '<strong>Winter sale: 15 % off notebooks</strong> — Demo Ads Ltd';
    slot.append(ad);
  }
})();
