using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LinshuReports.Benchmarks.ContentPipelineBenchmarks).Assembly).Run(args);
