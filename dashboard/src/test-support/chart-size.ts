import { onTestFinished, vi } from 'vitest';

/**
 * happy-dom lays nothing out, so recharts' ResponsiveContainer measures 0 × 0 and draws nothing:
 * for the current test, its containers measure `width` × `height`, and the charts draw their lines.
 */
export function layOutCharts(width = 600, height = 280): void {
  const measure = HTMLElement.prototype.getBoundingClientRect;
  const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container')
      ? new DOMRect(0, 0, width, height)
      : measure.call(this);
  });
  onTestFinished(() => spy.mockRestore());
}
