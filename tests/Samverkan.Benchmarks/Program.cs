using Samverkan.Benchmarks;

// build/bench-deadlines.sh starts a throw-away PostgreSQL and passes its connection string.
var connectionString = args.Length > 0 ? args[0] : throw new ArgumentException("Usage: Samverkan.Benchmarks <connection string> [open deadlines]");
var openDeadlines = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
await DeadlineCheckBenchmark.RunAsync(connectionString, openDeadlines);
