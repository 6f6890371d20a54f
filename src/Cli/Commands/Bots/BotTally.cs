using System.Collections.Concurrent;

namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>What the bots of one run did, gathered from many tasks at once, and the report made of it.</summary>
internal sealed class BotTally
{
    private const int MaxErrorSamples = 5;

    private readonly ConcurrentQueue<double> _roundTrips = new();
    private readonly ConcurrentQueue<string> _errorSamples = new();
    private long _decisions;
    private long _errors;

    /// <summary>Adds a bot's decisions, their round trips and its errors.</summary>
    public void Add(BotPlayer player)
    {
        Interlocked.Add(ref _decisions, player.Decisions);
        foreach (var rtt in player.RoundTripsMs)
        {
            _roundTrips.Enqueue(rtt);
        }

        foreach (var error in player.Errors)
        {
            Error($"{error.Code}: {error.Message}");
        }
    }

    /// <summary>Counts an error; the first few are kept as samples.</summary>
    public void Error(string message)
    {
        Interlocked.Increment(ref _errors);
        if (_errorSamples.Count < MaxErrorSamples)
        {
            _errorSamples.Enqueue(message);
        }
    }

    public BotReport Report(int clients, string mode, double elapsedSeconds, int gamesFinished)
    {
        var sorted = _roundTrips.Order().ToArray();
        return new BotReport(
            clients, mode, Math.Round(elapsedSeconds, 1), gamesFinished, _decisions, Math.Round(_decisions / elapsedSeconds, 1),
            Percentile(sorted, 0.50), Percentile(sorted, 0.99), _errors, [.. _errorSamples]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 2);
}
