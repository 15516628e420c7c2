using System.Globalization;
using Samverkan.Benchmarks;

// build/bench-*.sh start a throw-away PostgreSQL and pass its connection string:
//   Samverkan.Benchmarks <connection string> [open deadlines]                          (bench-deadlines.sh)
//   Samverkan.Benchmarks fairness <connection string> <Host address> [other events]    (bench-fairness.sh)
//   Samverkan.Benchmarks generate <connection string> [scale]                           (bench.sh: a city's data)
//   Samverkan.Benchmarks baseline <connection string> <address>                         (bench.sh: the bare baseline)
if (args.Length > 0 && args[0] == "fairness")
{
    var (connection, host) = args.Length > 2 ? (args[1], new Uri(args[2])) : throw new ArgumentException("Usage: Samverkan.Benchmarks fairness <connection string> <Host address> [other events]");
    await OutboxFairnessBenchmark.RunAsync(connection, host, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100_000);
    return;
}

if (args.Length > 0 && args[0] == "generate")
{
    var connection = args.Length > 1 ? args[1] : throw new ArgumentException("Usage: Samverkan.Benchmarks generate <connection string> [scale]");
    await DataGenerator.RunAsync(connection, args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1.0);
    return;
}

if (args.Length > 0 && args[0] == "baseline")
{
    await Baseline.RunAsync(args.Length > 2 ? args[1] : throw new ArgumentException("Usage: Samverkan.Benchmarks baseline <connection string> <address>"), args[2]);
    return;
}

var connectionString = args.Length > 0 ? args[0] : throw new ArgumentException("Usage: Samverkan.Benchmarks <connection string> [open deadlines]");
var openDeadlines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
await DeadlineCheckBenchmark.RunAsync(connectionString, openDeadlines);
