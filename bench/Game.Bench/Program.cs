using BenchmarkDotNet.Running;
using SanguoOrleans.Game.Bench;

// "profile" runs the quick Stopwatch/allocation breakdown; anything else goes to BenchmarkDotNet.
if (args is ["profile", .. var rest])
{
    return StepProfile.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(WholeGameBenchmarks).Assembly).Run(args);
return 0;
