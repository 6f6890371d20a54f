using System.Diagnostics;
using System.Globalization;
using SanguoOrleans.Grains.Ladder;
using SanguoOrleans.Grains.Ladder.Matching;
using SanguoOrleans.Ladder.Bench;

// dotnet bench/Ladder.Bench/bin/Release/net10.0/SanguoOrleans.Ladder.Bench.dll [cold|steady|all] [doubles|identity8]
var what = args.Length > 0 ? args[0] : "all";
var ladder = args.Length > 1 ? args[1] : LadderTypes.Doubles;
var rules = LadderTypes.Find(ladder)?.Rules ?? throw new ArgumentException($"unknown ladder {ladder}");
var teamShare = rules.MaxPartySize > 1 ? 0.3 : 0.0;
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"ladder {ladder}: {rules.Sides} sides x {rules.SideSize}, window {rules.InitialWindow} + {rules.WindowGrowthPerSecond}/s up to {rules.MaxWindow}, teams {teamShare:P0}, ratings N(25, 4)"));

if (what is "cold" or "all")
{
    Console.WriteLine("\n## One tick over a full queue (waits uniform in 0-300 s; includes sorting every ticket)");
    Console.WriteLine("| tickets | tick p50 ms (wall) | tick max ms (wall) | tick p50 ms (thread CPU) | matches | matches/s of tick time |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
    foreach (var size in new[] { 1_000, 10_000, 100_000 })
    {
        var times = new List<double>();
        var cpuTimes = new List<double>();
        var matches = 0;
        for (var round = 0; round < (size >= 100_000 ? 7 : 21); round++)
        {
            var population = new Population(round, teamShare);
            var matcher = new LadderMatcher(rules);
            var random = new Random(round);
            for (var i = 0; i < size; i++)
            {
                matcher.Add(population.Ticket(TimeSpan.FromSeconds(random.NextDouble() * 300)));
            }

            GC.Collect();
            var cpuBefore = ThreadCpu.NowMs();
            var watch = Stopwatch.StartNew();
            var result = matcher.Tick(TimeSpan.FromSeconds(300));
            times.Add(watch.Elapsed.TotalMilliseconds);
            cpuTimes.Add(ThreadCpu.NowMs() - cpuBefore);
            matches = result.Matches.Count;
        }

        times.Sort();
        cpuTimes.Sort();
        var p50 = times[times.Count / 2];
        Console.WriteLine(string.Create(culture, $"| {size:N0} | {p50:F1} | {times[^1]:F1} | {cpuTimes[cpuTimes.Count / 2]:F1} | {matches:N0} | {matches / (p50 / 1000):N0} |"));
    }
}

if (what is "phases")
{
    // Where a cold tick's time goes: with a zero window nothing matches, so the tick is the merge, the sort and the sweep.
    var closed = rules with { InitialWindow = 0, WindowGrowthPerSecond = 0, MaxWindow = 0, AiFillAfter = null };
    foreach (var size in new[] { 10_000, 100_000 })
    {
        for (var round = 0; round < 5; round++)
        {
            var population = new Population(round, teamShare);
            var matcher = new LadderMatcher(closed);
            for (var i = 0; i < size; i++)
            {
                matcher.Add(population.Ticket(TimeSpan.FromSeconds(i * 0.001)));
            }

            var first = ThreadCpu.NowMs();
            matcher.Tick(TimeSpan.FromSeconds(300));
            var firstMs = ThreadCpu.NowMs() - first;
            var second = ThreadCpu.NowMs();
            matcher.Tick(TimeSpan.FromSeconds(301));
            Console.WriteLine(string.Create(culture, $"{size:N0} tickets, no match, thread CPU: first tick (sorts all) {firstMs:F1} ms, next tick {ThreadCpu.NowMs() - second:F1} ms"));
        }
    }
}

if (what is "steady" or "all")
{
    Console.WriteLine("\n## Steady arrivals, one tick per second (60 s warm-up, 120 s measured), same arrivals for both matchers");
    Console.WriteLine("| arrivals/s | queue before tick (mean) | tick ms wall p50 / max | tick ms thread CPU p50 / max | matches/s of tick CPU time | spread ladder | spread naive | ratio | wait ladder s (mean / p95) | wait naive s (mean / p95) | wait ratio | AI-filled |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var rate in new[] { 10, 100, 1_000, 10_000, 100_000 })
    {
        Steady(rate);
    }
}

if (what is "sharded")
{
    Console.WriteLine("\n## Sharded by rating band: 100,000 arrivals/s split over 4 queues (bands at the quartiles 22.3, 25, 27.7), each ticked on its own");
    Console.WriteLine("| shard | queue before tick (mean) | tick ms thread CPU p50 / max | spread | wait s (mean / p95) |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    Sharded(100_000, [22.3, 25.0, 27.7]);
}

void Sharded(int rate, double[] borders)
{
    const int WarmUp = 30;
    const int Measured = 60;
    var population = new Population(rate, teamShare);
    var shards = Enumerable.Range(0, borders.Length + 1).Select(_ => new LadderMatcher(rules)).ToArray();
    var stats = shards.Select(_ => new Stats()).ToArray();
    var cpu = shards.Select(_ => new List<double>()).ToArray();
    var queued = new long[shards.Length];
    var all = new Stats();
    for (var second = 0; second < WarmUp + Measured; second++)
    {
        foreach (var ticket in population.Arrivals(second, rate))
        {
            var band = 0;
            while (band < borders.Length && ticket.Rating >= borders[band])
            {
                band++;
            }

            shards[band].Add(ticket);
        }

        var now = TimeSpan.FromSeconds(second + 1);
        for (var k = 0; k < shards.Length; k++)
        {
            var measured = second >= WarmUp;
            queued[k] += measured ? shards[k].Count : 0;
            var before = ThreadCpu.NowMs();
            var result = shards[k].Tick(now);
            var elapsed = ThreadCpu.NowMs() - before;
            if (!measured)
            {
                continue;
            }

            cpu[k].Add(elapsed);
            foreach (var match in result.Matches)
            {
                var waits = match.Tickets.Select(t => t.WaitAt(now).TotalSeconds).ToArray();
                stats[k].Match(match.Spread, match.AiSeats > 0, waits);
                all.Match(match.Spread, match.AiSeats > 0, waits);
            }
        }
    }

    for (var k = 0; k < shards.Length; k++)
    {
        cpu[k].Sort();
        Console.WriteLine(string.Create(culture,
            $"| band {k} | {queued[k] / Measured:N0} | {cpu[k][cpu[k].Count / 2]:F1} / {cpu[k][^1]:F1} | {stats[k].MeanSpread:F3} | {stats[k].MeanWait:F2} / {stats[k].WaitPercentile(0.95):F1} |"));
    }

    Console.WriteLine(string.Create(culture, $"| all | {queued.Sum() / Measured:N0} | | {all.MeanSpread:F3} | {all.MeanWait:F2} / {all.WaitPercentile(0.95):F1} |"));
}

void Steady(int rate)
{
    const int WarmUp = 60;
    const int Measured = 120;
    var population = new Population(rate, teamShare);
    var matcher = new LadderMatcher(rules);
    var naive = new NaiveMatcher(rules.MatchSize);
    var ours = new Stats();
    var theirs = new Stats();
    var tickTimes = new List<double>();
    var cpuTimes = new List<double>();
    long queueSum = 0;
    long matchesTimed = 0;
    for (var second = 0; second < WarmUp + Measured; second++)
    {
        foreach (var ticket in population.Arrivals(second, rate))
        {
            matcher.Add(ticket);
            naive.Add(ticket);
        }

        var now = TimeSpan.FromSeconds(second + 1);
        var measured = second >= WarmUp;
        queueSum += measured ? matcher.Count : 0;
        var cpuBefore = ThreadCpu.NowMs();
        var watch = Stopwatch.StartNew();
        var result = matcher.Tick(now);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var cpu = ThreadCpu.NowMs() - cpuBefore;
        var naiveMatches = naive.Tick();
        if (!measured)
        {
            continue;
        }

        tickTimes.Add(elapsed);
        cpuTimes.Add(cpu);
        matchesTimed += result.Matches.Count;
        foreach (var match in result.Matches)
        {
            ours.Match(match.Spread, match.AiSeats > 0, match.Tickets.Select(t => t.WaitAt(now).TotalSeconds));
        }

        foreach (var match in naiveMatches)
        {
            theirs.Match(match.Max(t => t.Rating) - match.Min(t => t.Rating), false, match.Select(t => t.WaitAt(now).TotalSeconds));
        }
    }

    tickTimes.Sort();
    cpuTimes.Sort();
    var total = cpuTimes.Sum();
    Console.WriteLine(string.Create(culture,
        $"| {rate:N0} | {queueSum / Measured:N0} | {tickTimes[tickTimes.Count / 2]:F1} / {tickTimes[^1]:F1} | {cpuTimes[cpuTimes.Count / 2]:F1} / {cpuTimes[^1]:F1} | {matchesTimed / (total / 1000):N0} " +
        $"| {ours.MeanSpread:F3} | {theirs.MeanSpread:F3} | {ours.MeanSpread / theirs.MeanSpread:F3} " +
        $"| {ours.MeanWait:F2} / {ours.WaitPercentile(0.95):F1} | {theirs.MeanWait:F2} / {theirs.WaitPercentile(0.95):F1} | {ours.MeanWait / theirs.MeanWait:F2} " +
        $"| {ours.AiMatches:N0} of {ours.Matches:N0} |"));
}
