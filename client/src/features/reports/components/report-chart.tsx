import type { EChartsType } from 'echarts/core';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { type ChartOption, initChart } from './echarts-setup';
import styles from './report-chart.module.css';

interface ReportChartProps {
  title: string;
  option: ChartOption;
  height: number;
  /** Where the same figures are as text (the table below), said in the caption. */
  textAlternative: ReactNode;
  testId?: string;
}

/** The width charts are drawn at on paper (A4 portrait with margins). */
const printWidth = 680;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * An ECharts chart that follows its container's width (phones, print) and names the table that
 * carries its figures as text: the caption says where, and `aria-describedby` points at it.
 */
export function ReportChart({ title, option, height, textAlternative, testId }: ReportChartProps) {
  const id = useId();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = initChart(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    const beforePrint = () => instance.resize({ width: Math.min(element.clientWidth || printWidth, printWidth) });
    const afterPrint = () => instance.resize();
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: !reducedMotion(), ...option }, { notMerge: true });
  }, [option]);

  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`}>
      <figcaption className={styles.caption}>
        <span id={`${id}-title`} className={styles.title}>
          {title}
        </span>
        <span id={`${id}-alt`} className={styles.alt}>
          {textAlternative}
        </span>
      </figcaption>
      <div
        ref={container}
        className={styles.chart}
        style={{ height }}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-alt`}
        data-testid={testId}
      />
    </figure>
  );
}
