'use client';
import type { ReactNode } from 'react';
import { Gate, useConsent, useOpenPreferences } from '@assent/react';

/**
 * A third-party video player that exists in the page, on the server as in the browser, only while
 * its service is granted; until then a placeholder offers to allow just this service.
 *
 * @example
 * <VideoEmbed />
 */
export function VideoEmbed(): ReactNode {
  return (
    <div className="embed">
      <Gate service="demo-video" fallback={<VideoPlaceholder />}>
        <iframe src="/embed/video.html" title="Workshop video" width={560} height={315} />
      </Gate>
    </div>
  );
}

function VideoPlaceholder(): ReactNode {
  const { update } = useConsent();
  const openPreferences = useOpenPreferences();
  return (
    <div className="embed-placeholder" data-testid="video-placeholder">
      <p>
        This video is played by <strong>Demo Video</strong>, which sets a cookie to remember the volume. It loads only once you allow it.
      </p>
      <p className="actions">
        <button type="button" onClick={() => update({ 'demo-video': true })}>
          Allow Demo Video
        </button>
        <button type="button" className="secondary" onClick={(event) => void openPreferences(event.currentTarget)}>
          Cookie settings
        </button>
      </p>
    </div>
  );
}
