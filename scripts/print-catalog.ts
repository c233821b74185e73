import { errorCatalog } from '../src/catalog/error-catalog';

const columns = [
  ['context', (e: (typeof errorCatalog)[number]) => e.context],
  ['code', (e: (typeof errorCatalog)[number]) => e.code],
  ['status', (e: (typeof errorCatalog)[number]) => String(e.httpStatus ?? '-')],
  ['who acts', (e: (typeof errorCatalog)[number]) => e.handledBy],
  ['retriable', (e: (typeof errorCatalog)[number]) => e.retriable],
  ['Amazon Pay speaks', (e: (typeof errorCatalog)[number]) => (e.voicedByAmazonPay ? 'yes' : '')],
  [
    'card',
    (e: (typeof errorCatalog)[number]) => (e.permissionCard === 'never' ? '' : e.permissionCard),
  ],
] as const;

const rows = errorCatalog.map((entry) => columns.map(([, read]) => read(entry)));
const widths = columns.map(([title], i) =>
  Math.max(title.length, ...rows.map((r) => r[i]?.length ?? 0)),
);
const line = (cells: readonly string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();

console.log(`Amazon Pay error catalog: ${errorCatalog.length} entries\n`);
console.log(line(columns.map(([title]) => title)));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
