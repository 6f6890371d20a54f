namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>A queue's matching quality since its activation: how many, how close in rating, how long they waited.</summary>
/// <param name="Waiting">Tickets waiting now.</param>
/// <param name="Matches">Matches formed.</param>
/// <param name="AiFilledMatches">Matches where AI took seats.</param>
/// <param name="MeanSpread">Average rating spread per match.</param>
/// <param name="MeanWait">Average wait of matched tickets.</param>
/// <param name="LastTick">How long the last tick's matching took.</param>
/// <param name="Requeued">Tickets put back after a failed match.</param>
/// <param name="ByCrowding">The same quality figures by how crowded the queue was when the match formed.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LadderQueueStats")]
public sealed record LadderQueueStats(int Waiting, long Matches, long AiFilledMatches, double MeanSpread, TimeSpan MeanWait, TimeSpan LastTick, long Requeued, IReadOnlyList<LadderCrowdStats> ByCrowding);
