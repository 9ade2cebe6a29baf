// Garbage collection on request, for long bulk runs. While ingest keeps the CPU busy V8 lets the heap grow to
// several times what is live before it collects (each batch's analyses and rows live just long enough to reach the
// old generation), so a run's peak memory depended on its length: 10,000 articles peaked at 670 MB where 2,500 did at
// 520 MB. Collecting once a batch is written, when its analyses and rows have just become garbage, keeps each heap
// near what is live, whatever the corpus size, for some tens of milliseconds a batch. Node has no API for this; the
// V8 flag that exposes gc() can be turned on at run time.
import v8 from "node:v8";
import vm from "node:vm";

let gc: (() => void) | null = null;

/** A full garbage collection of this thread's heap. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
}
