import { readBenchArguments } from '../../bench/arguments';
import { figures } from '../../bench/figures';

const keys = (request: ReturnType<typeof readBenchArguments>) =>
  request.figures.map((figure) => figure.key);
const tableOrder = figures.map((figure) => figure.key);

describe('npm run bench', () => {
  it('measures the whole table, and writes its results, when asked for nothing else', () => {
    const request = readBenchArguments([]);

    expect(keys(request)).toEqual(tableOrder);
    expect(request).toMatchObject({ major: undefined, writesResults: true });
  });

  it.each([
    [['--only', 'nonPayment,coldStart'], undefined],
    [['--node', '24', '--only', 'coldStart,nonPayment'], '24'],
    [['--only', 'coldStart,nonPayment', '--node', '22'], '22'],
  ])('measures the figures %j names, in the table order, and writes nothing', (args, major) => {
    const request = readBenchArguments(args);

    expect(keys(request)).toEqual(
      tableOrder.filter((key) => key === 'coldStart' || key === 'nonPayment'),
    );
    expect(keys(request)).toHaveLength(2);
    expect(request).toMatchObject({ major, writesResults: false });
  });

  it.each([
    [['--only=coldStart'], 'not --only=coldStart'],
    [['--onyl', 'coldStart'], 'not --onyl'],
    [['coldStart'], 'not coldStart'],
    [['--only', 'coldStart', 'nonPayment'], 'not nonPayment'],
    [['--only'], '--only takes a comma-separated list of'],
    [['--only', 'coldstart'], '--only takes a comma-separated list of'],
    [['--node', '18'], '--node takes one of'],
  ])('refuses %j rather than measure, and write, the whole table', (args, problem) => {
    expect(() => readBenchArguments(args)).toThrow(problem);
  });
});
