import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long pure loops (checking every record of a big upload) in slices: `await pause()` inside
 * the loop gives the event loop a turn once `sliceMs` have passed since the last turn, so other
 * requests are answered meanwhile; between turns it costs one clock read.
 */
export function slicer(sliceMs = 10): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return nextTurn().then(() => {
      sliceStart = performance.now();
    });
  };
}

/** `items.forEach(visit)` in slices (see slicer): for loops over every record of an upload. */
export async function eachInSlices<T>(
  items: readonly T[],
  visit: (item: T, index: number) => void,
  pause = slicer(),
): Promise<void> {
  for (let index = 0; index < items.length; index++) {
    visit(items[index]!, index);
    const turn = pause();
    if (turn) await turn;
  }
}
