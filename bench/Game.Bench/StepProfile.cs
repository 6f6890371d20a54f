using System.Diagnostics;
using System.Globalization;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;

namespace SanguoOrleans.Game.Bench;

/// <summary>
/// Where a game's time and allocations go: the same loop as <see cref="GameRunner"/>, with the view, the AI and
/// the engine's resumption timed and measured apart (one thread, so per-thread allocation counters are exact).
/// </summary>
internal static class StepProfile
{
    public static int Run(string[] args)
    {
        var games = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var mode = args.Length > 1 ? Enum.Parse<GameMode>(args[1], ignoreCase: true) : GameMode.Identity8;
        var settings = new GameSettings(mode);
        var withView = args.Contains("--view");
        Measure(settings, Math.Min(200, games), 1000, withView); // warm-up: let tiered JIT settle
        using var sampler = args.Contains("--alloc") ? new AllocationSampler() : null;
        var throws = 0;
        AppDomain.CurrentDomain.FirstChanceException += (_, _) => throws++;
        var m = Measure(settings, games, 1, withView);
        var perGame = 1.0 / games;
        Console.WriteLine($"{mode}: {games} games, {games / m.Total.TotalSeconds:F0} games/s, {m.Decisions * perGame:F0} decisions/game");
        Console.WriteLine($"  total  {m.Total.TotalMilliseconds * perGame * 1000,8:F0} µs/game {m.TotalBytes * perGame / 1024,8:F0} KB/game");
        Console.WriteLine($"  view   {m.View.TotalMilliseconds * perGame * 1000,8:F0} µs/game {m.ViewBytes * perGame / 1024,8:F0} KB/game");
        Console.WriteLine($"  ai     {m.Ai.TotalMilliseconds * perGame * 1000,8:F0} µs/game {m.AiBytes * perGame / 1024,8:F0} KB/game");
        Console.WriteLine($"  engine {m.Engine.TotalMilliseconds * perGame * 1000,8:F0} µs/game {m.EngineBytes * perGame / 1024,8:F0} KB/game (create, submit, resume, pending)");
        Console.WriteLine($"  gen0 collections {m.Gen0}, exceptions thrown (rule signals, rethrown per await level) {throws * perGame:F1}/game");
        foreach (var (type, bytes) in sampler?.Top(25) ?? [])
        {
            Console.WriteLine($"  {bytes * perGame / 1024,8:F1} KB/game  {type}");
        }

        return 0;
    }

    private static DecisionRequest FirstUnanswered(GameEngine engine)
    {
        var pending = engine.Pending;
        for (var i = 0; i < pending.Count; i++)
        {
            if (engine.PendingFor(pending[i].Seat) is not null)
            {
                return pending[i];
            }
        }

        throw new InvalidOperationException("the game waits on no one");
    }

    private static Totals Measure(GameSettings settings, int games, ulong seed, bool withView)
    {
        var t = new Totals();
        var gen0 = GC.CollectionCount(0);
        var allStart = Stopwatch.GetTimestamp();
        var allBytes = GC.GetAllocatedBytesForCurrentThread();
        var ai = new SmartAi(settings);
        for (var i = 0; i < games; i++)
        {
            var (s0, b0) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            var engine = GameEngine.Create(settings, Simulator.GameSeed(seed, i));
            t.AddEngine(s0, b0);
            while (!engine.IsOver)
            {
                (s0, b0) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                var request = FirstUnanswered(engine);
                t.AddEngine(s0, b0);

                // The AI reads the live state (what GameRunner does); "--view" times the PlayerView path instead.
                var decision = default(Decision);
                if (withView)
                {
                    (s0, b0) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                    var view = engine.ViewFor(request.Seat);
                    t.AddView(s0, b0);
                    (s0, b0) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                    decision = ai.Decide(view, request);
                    t.AddAi(s0, b0);
                }
                else
                {
                    (s0, b0) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                    decision = ai.Decide(engine, request);
                    t.AddAi(s0, b0);
                }

                (s0, b0) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                if (!engine.Submit(decision).Accepted)
                {
                    engine.Submit(GameEngine.DefaultDecision(request));
                }

                t.AddEngine(s0, b0);
                t.Decisions++;
            }
        }

        t.Total = Stopwatch.GetElapsedTime(allStart);
        t.TotalBytes = GC.GetAllocatedBytesForCurrentThread() - allBytes;
        t.Gen0 = GC.CollectionCount(0) - gen0;
        return t;
    }

    private sealed class Totals
    {
        public TimeSpan Total { get; set; }

        public long TotalBytes { get; set; }

        public TimeSpan View { get; private set; }

        public long ViewBytes { get; private set; }

        public TimeSpan Ai { get; private set; }

        public long AiBytes { get; private set; }

        public TimeSpan Engine { get; private set; }

        public long EngineBytes { get; private set; }

        public long Decisions { get; set; }

        public int Gen0 { get; set; }

        public void AddView(long started, long bytes) => (View, ViewBytes) = (View + Stopwatch.GetElapsedTime(started), ViewBytes + Delta(bytes));

        public void AddAi(long started, long bytes) => (Ai, AiBytes) = (Ai + Stopwatch.GetElapsedTime(started), AiBytes + Delta(bytes));

        public void AddEngine(long started, long bytes) => (Engine, EngineBytes) = (Engine + Stopwatch.GetElapsedTime(started), EngineBytes + Delta(bytes));

        private static long Delta(long before) => GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
