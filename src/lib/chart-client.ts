// Draws a <kpi-chart> with Chart.js, imported on demand so pages without a chart never load it.
// Colours: one blue that keeps contrast in light and dark themes and for colour-blind readers.
export async function drawChart(el: HTMLElement): Promise<void> {
  const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip } = await import('chart.js');
  Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
  const years = JSON.parse(el.dataset.years ?? '[]') as number[];
  const values = JSON.parse(el.dataset.values ?? '[]') as (number | null)[];
  const lang = el.dataset.lang ?? 'en';
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
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
