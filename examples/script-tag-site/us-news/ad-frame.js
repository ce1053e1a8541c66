// An ad from another origin: it has no __gpp of its own, so it finds the __gppLocator frame in its
// ancestors and calls __gpp through postMessage (GPP CMP API v1.1), listening for every change.
const locator = (() => {
  for (let win = window; win; win = win === window.top ? null : win.parent) {
    try {
      if (win.frames.__gppLocator) return win;
    } catch {
      // A cross-origin ancestor without the frame: keep looking.
    }
  }
})();
const ad = document.getElementById('ad');
if (!locator) {
  ad.textContent = 'No CMP found: a basic ad.';
  ad.dataset.ad = 'no-cmp';
} else {
  const callId = `ad-${Math.random().toString(36).slice(2)}`;
  window.addEventListener('message', (event) => {
    const reply = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    const result = reply?.__gppReturn;
    if (result?.callId !== callId || !result.returnValue?.pingData) return;
    const ping = result.returnValue.pingData;
    if (ping.signalStatus !== 'ready') return;
    const us = Object.entries(ping.parsedSections ?? {}).find(([name]) => name.startsWith('us'))?.[1];
    const fields = Array.isArray(us) ? Object.assign({}, ...us) : us;
    const optedOut = fields && (fields.SaleOptOut === 1 || fields.SharingOptOut === 1 || fields.TargetedAdvertisingOptOut === 1);
    ad.dataset.ad = !fields ? 'no-us-section' : optedOut ? 'contextual' : 'personalised';
    ad.dataset.gppString = ping.gppString;
    ad.textContent = !fields
      ? 'No US section applies: this frame leaves the decision to TCF.'
      : optedOut
        ? 'A contextual ad: you opted out of sale, sharing and targeted advertising.'
        : 'A personalised ad: you have not opted out.';
  });
  locator.postMessage({ __gppCall: { command: 'addEventListener', version: '1.1', callId } }, '*');
}
