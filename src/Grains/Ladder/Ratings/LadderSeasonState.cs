namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>A ladder's current season.</summary>
[GenerateSerializer, Alias("sanguo.LadderSeasonState")]
internal sealed class LadderSeasonState
{
    [Id(0)] public int Season { get; set; } = 1;
}
