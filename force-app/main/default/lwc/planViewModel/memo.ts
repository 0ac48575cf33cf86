/**
 * A getter's answer remembered until the values it comes from change. A component's template reads
 * a getter as often as it names it (in a for:each, once per item); what the getter computes from its
 * inputs is then computed once per change of those inputs, not once per read. The memory is a
 * closure, not a component field, so remembering is no change of the component's state.
 */
/** A memory of one answer: `compute` runs again only when a value of `from` is not the one before. */
export function memo<T>(): (from: readonly unknown[], compute: () => T) => T {
  let lastFrom: readonly unknown[] | null = null;
  let answer: T;
  return (from, compute) => {
    const previous = lastFrom;
    const same = previous?.length === from.length && from.every((value, i) => value === previous[i]);
    if (!same) {
      answer = compute();
      lastFrom = from;
    }
    return answer;
  };
}
