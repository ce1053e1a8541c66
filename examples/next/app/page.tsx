import type { ReactNode } from 'react';
import { ConsentStatus } from '../src/consent-status';
import { VideoEmbed } from '../src/video-embed';

export default function Home(): ReactNode {
  return (
    <>
      <h1>Our workshop in 60 seconds</h1>
      <p>
        The video player is a third-party embed. It is not in this page, not even in the HTML the server sends, until you allow it; until then a placeholder
        stands in for it.
      </p>
      <VideoEmbed />
      <ConsentStatus />
    </>
  );
}
