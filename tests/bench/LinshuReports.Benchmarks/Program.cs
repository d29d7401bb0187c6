using BenchmarkDotNet.Running;
using LinshuReports.Benchmarks;

if (args is [IndexMemory.Argument, var folder])
{
    IndexMemory.Measure(folder);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ContentPipelineBenchmarks).Assembly).Run(args);
