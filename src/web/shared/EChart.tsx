/**
 * One ECharts chart bound to a React element: created on mount, following its container's width,
 * disposed on unmount, given a new option whenever it changes. The caller registers the ECharts
 * parts it draws with (`echarts.use`) in its own lazily loaded file, so ECharts never enters the
 * first load.
 *
 * A small binding of our own rather than echarts-for-react: its ESM build imports `tslib`, which it
 * does not declare and which is not installed at the top level here, so the build cannot resolve it.
 */
import * as echarts from 'echarts/core';
import { useEffect, useRef, type CSSProperties } from 'react';

export function EChart({
  option,
  label,
  style,
}: {
  option: echarts.EChartsCoreOption;
  /** What the chart shows, for screen readers. */
  label: string;
  /** Its box: a height at least. */
  style: CSSProperties;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', ...style }} />;
}
