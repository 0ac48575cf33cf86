/**
 * The cycles of a dependency graph in which each step has at most one predecessor (`link[i]` is the
 * index of step i's predecessor, -1 for none). Following the links from any step either ends or runs
 * into a loop, so one pass that stamps each step with the walk that reached it first finds every
 * cycle in O(steps). Each cycle lists its members in link order, from the step where a walk entered
 * it; a step is in at most one cycle.
 */
export function findCycles(link: ArrayLike<number>): number[][] {
  const n = link.length;
  const stamp = new Array<number>(n).fill(-1);
  const cycles: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (stamp[start] !== -1) continue;
    let node = start;
    while (node >= 0 && stamp[node] === -1) {
      stamp[node] = start;
      node = link[node];
    }
    // The walk stopped on a step it stamped itself: that step is on a cycle not seen before.
    if (node >= 0 && stamp[node] === start) {
      const members: number[] = [];
      let member = node;
      do {
        members.push(member);
        member = link[member];
      } while (member !== node);
      cycles.push(members);
    }
  }
  return cycles;
}
