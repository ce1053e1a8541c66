// A stand-in for an ad tech tag: it asks __tcfapi (the stub queues the call until the CMP has
// loaded), shows what a TCF vendor reads, and fills the slot only with Google's (755) consent for
// purpose 1 (storage) and a personalised ad only with purposes 3 and 4.
window.__tcfapi('addEventListener', 2, (tcData, success) => {
  if (!success) return;
  const show = (id, text) => (document.getElementById(id).textContent = text);
  const consented = Object.keys(tcData.purpose?.consents ?? {}).filter((id) => tcData.purpose.consents[id]);
  show('tcf-cmp-status', tcData.cmpStatus);
  show('tcf-event-status', tcData.eventStatus);
  show('tcf-purposes', consented.length ? consented.join(', ') : 'none');
  const google = tcData.vendor?.consents?.[755] === true;
  show('tcf-google', google ? 'consent' : 'no consent');
  show('tcf-ac', tcData.addtlConsent || 'none');
  const slot = document.getElementById('tcf-ad-slot');
  const why = slot.querySelector('.why');
  if (tcData.eventStatus === 'cmpuishown') return void (why.textContent = 'Waiting for your choice.');
  const personalised = google && tcData.purpose.consents[3] && tcData.purpose.consents[4];
  slot.dataset.ad = google && tcData.purpose.consents[1] ? (personalised ? 'personalised' : 'basic') : 'none';
  why.textContent =
    slot.dataset.ad === 'none'
      ? 'No ad: Google (vendor 755) may not store or read information on your device (purpose 1).'
      : `A ${slot.dataset.ad} ad: the TC string allows it.`;
});
