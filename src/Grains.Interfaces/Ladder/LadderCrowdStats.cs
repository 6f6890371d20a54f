namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>Matching quality for the ticks when the queue held at least <paramref name="QueueAtLeast"/> tickets (and fewer than the next row's).</summary>
/// <param name="QueueAtLeast">Lower bound of the queue size at the tick: 0, 100, 1,000, 10,000 or 100,000.</param>
/// <param name="Matches">Matches formed in such ticks.</param>
/// <param name="MeanSpread">Their average rating spread.</param>
/// <param name="MeanWait">Their tickets' average wait.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LadderCrowdStats")]
public sealed record LadderCrowdStats(int QueueAtLeast, long Matches, double MeanSpread, TimeSpan MeanWait);
