import { defineComponent, type PropType, type SlotsType, type VNode } from 'vue';
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
 * Renders its default slot only while the category (and/or service) is granted, else its
 * `#fallback` slot. Without consent the default slot is never rendered, on the server neither.
 * With both props, both must be granted; with neither, the fallback shows.
 *
 * @example
 * <ConsentGate category="functional">
 *   <iframe src="https://video.example/embed/42" title="Video"></iframe>
 *   <template #fallback="{ openPreferences }">
 *     <button @click="openPreferences($event.currentTarget as HTMLElement)">Allow videos</button>
 *   </template>
 * </ConsentGate>
 */
export const ConsentGate = defineComponent({
  name: 'ConsentGate',
  props: {
    /** A category id, e.g. `functional`. */
    category: String as PropType<RegisteredId>,
    /** A service id, e.g. `youtube`. */
    service: String as PropType<RegisteredId>,
  },
  slots: Object as SlotsType<{ default?: () => VNode[]; fallback?: (props: ConsentGateFallbackProps) => VNode[] }>,
  setup(props, { slots }) {
    const context = useAssentContext();
    return () => {
      const ids = [props.category, props.service].filter((id): id is RegisteredId => !!id);
      // Every ref is read (no short-circuit), so the gate follows each of its ids.
      const answers = ids.map((id) => context.granted(id).value);
      return ids.length && !answers.includes(false) ? slots.default?.() : slots.fallback?.({ openPreferences: context.openPreferences });
    };
  },
});
