import { defineComponent, type SetupContext, type SlotsType, type VNode } from 'vue';
import { useAssentContext } from './context.js';
import type { RegisteredId } from '@assent/core';

/**
 * What the `#fallback` slot of `ConsentGate` receives.
 *
 * @example
 * // <template #fallback="{ openPreferences }: ConsentGateFallbackProps">…</template>
 */
export interface ConsentGateFallbackProps {
  /** Opens the preferences dialog; focus returns to `opener` when it closes. */
  openPreferences(opener?: HTMLElement): Promise<void>;
}

/**
 * The props of `ConsentGate`: a category id or a service id, exactly one (as React's `<Gate>`).
 *
 * @example
 * const props: ConsentGateProps = { category: 'functional' };
 */
export type ConsentGateProps = { category: RegisteredId; service?: never } | { service: RegisteredId; category?: never };

/**
 * Renders its default slot only while the category (or the service) is granted, else its
 * `#fallback` slot. Without consent the default slot is never rendered, on the server neither.
 * The props take exactly one id (both, or neither, is a type error); at run time, with both,
 * both must be granted, and with neither the fallback shows.
 *
 * @example
 * <ConsentGate category="functional">
 *   <iframe src="https://video.example/embed/42" title="Video"></iframe>
 *   <template #fallback="{ openPreferences }">
 *     <button @click="openPreferences($event.currentTarget as HTMLElement)">Allow videos</button>
 *   </template>
 * </ConsentGate>
 */
export const ConsentGate = defineComponent(
  (
    props: ConsentGateProps,
    { slots }: SetupContext<Record<string, never>, SlotsType<{ default?: () => VNode[]; fallback?: (props: ConsentGateFallbackProps) => VNode[] }>>,
  ) => {
    const context = useAssentContext();
    // Short-circuits: while one id is denied, the other's answer cannot change the outcome.
    const granted = (id?: RegisteredId) => !id || context.granted(id).value;
    return () =>
      (props.category || props.service) && granted(props.category) && granted(props.service)
        ? slots.default?.()
        : slots.fallback?.({ openPreferences: context.openPreferences });
  },
  { props: ['category', 'service'] },
);
