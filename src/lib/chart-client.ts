// Draws a <kpi-chart> with Chart.js, imported on demand so pages without a chart never load it.
// Colours: one blue that keeps contrast in light and dark themes; a single series needs no hue to
// tell apart, so colour-blind readers lose nothing (points are also marked by size and position).
export async function drawChart(el: HTMLElement): Promise<void> {
  const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip } = await import('chart.js');
  Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
  const printed = JSON.parse(el.dataset.years ?? '[]') as number[];
  const printedValues = JSON.parse(el.dataset.values ?? '[]') as (number | null)[];
  // Every year of the range on the axis, so a year no report covers (2021) shows as a gap in the line.
  const years = printed.length ? Array.from({ length: printed.at(-1)! - printed[0]! + 1 }, (_, i) => printed[0]! + i) : [];
  const values = years.map((y) => printedValues[printed.indexOf(y)] ?? null);
  const lang = el.dataset.lang ?? 'en';
  // The reader's theme choice (public/theme.js), else the system's.
  const chosen = document.documentElement.dataset.theme;
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const ink = dark ? '#e2e8f0' : '#0f172a';
  const grid = dark ? '#334155' : '#e2e8f0';
  const colour = dark ? '#7dd3fc' : '#0369a1';
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  const canvas = el.querySelector('canvas')!;
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: years.map(String), datasets: [{ label: el.dataset.label ?? '', data: values, borderColor: colour, backgroundColor: colour, pointRadius: 5, spanGaps: false }] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: lang,
      scales: {
        x: { ticks: { color: ink }, grid: { color: grid } },
        y: { ticks: { color: ink, callback: (v) => format.format(Number(v)) }, grid: { color: grid } },
      },
      plugins: { tooltip: { callbacks: { label: (c) => format.format(Number(c.parsed.y)) } } },
    },
  });
  el.dataset.drawn = String(chart.data.datasets[0]!.data.filter((v) => v !== null).length);
  const png = el.querySelector<HTMLAnchorElement>('a[data-png]');
  if (png) {
    png.href = chart.toBase64Image('image/png', 1);
    png.classList.remove('invisible');
    png.removeAttribute('aria-hidden');
    png.removeAttribute('tabindex');
  }
}
