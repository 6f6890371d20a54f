using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>One player's record on one ladder, written before any change is acknowledged.</summary>
[GenerateSerializer, Alias("sanguo.LadderPlayerState")]
internal sealed class LadderPlayerState
{
    /// <summary>Tables applied, newest last; far more than the tables whose report can still be retried.</summary>
    public const int AppliedKept = 64;

    [Id(0)] public int Season { get; set; }
    [Id(1)] public double Mu { get; set; }
    [Id(2)] public double Sigma { get; set; }
    [Id(3)] public LadderTier Tier { get; set; }
    [Id(4)] public int Stars { get; set; }
    [Id(5)] public int Played { get; set; }
    [Id(6)] public int Won { get; set; }
    [Id(7)] public int Escapes { get; set; }
    [Id(8)] public DateTimeOffset? CooldownUntil { get; set; }
    [Id(9)] public List<AppliedTable> Applied { get; set; } = [];
}

/// <summary>A table whose result was applied, with the rating it was rated from.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.LadderAppliedTable")]
internal sealed record AppliedTable(string TableId, int Season, double MuBefore, double SigmaBefore);
