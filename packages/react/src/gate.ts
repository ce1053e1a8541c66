import type { ReactNode } from 'react';
import { useGranted } from './hooks.js';
import type { ConsentId } from './ids.js';

/**
 * Props of `<Gate>`: exactly one of `category` or `service`, the content, and what to show
 * instead while it is not granted.
 *
 * @example
 * const props: GateProps = { service: 'youtube', fallback: <p>Video blocked</p>, children: <iframe title="Video" /> };
 */
export type GateProps = ({ category: ConsentId; service?: never } | { service: ConsentId; category?: never }) & {
  /** Rendered only while the category or service is granted. */
  children?: ReactNode;
  /** Rendered otherwise, e.g. a placeholder with a button that opens the preferences. Default: nothing. */
  fallback?: ReactNode;
};

/**
 * Renders its children only while a category or service is granted, else the `fallback`. Children
 * never reach server HTML unless the provider's `initial` snapshot grants the id, and switch in and
 * out as consent changes.
 *
 * @example
 * <Gate service="youtube" fallback={<VideoPlaceholder />}>
 *   <iframe src="https://www.youtube-nocookie.com/embed/xyz" title="Product tour" />
 * </Gate>
 */
export function Gate(props: GateProps): ReactNode {
  return useGranted((props.category ?? props.service)!) ? props.children : props.fallback;
}
