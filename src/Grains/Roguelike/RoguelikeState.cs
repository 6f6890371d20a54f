using SanguoOrleans.Grains.Interfaces.Roguelike;

namespace SanguoOrleans.Grains.Roguelike;

/// <summary>Everything stored of one user's 山河图; the map is not stored, it is generated again from the run's seed.</summary>
[GenerateSerializer, Alias("sanguo.roguelike.RoguelikeState")]
internal sealed class RoguelikeState
{
    [Id(0)] public DateOnly? LastResetDay { get; set; }
    [Id(1)] public int ResetsApplied { get; set; }
    [Id(2)] public int Stamina { get; set; }
    [Id(3)] public int RunNumber { get; set; }
    [Id(4)] public string Season { get; set; } = "";
    [Id(5)] public ulong Seed { get; set; }
    [Id(6)] public RunStatus Status { get; set; }
    [Id(7)] public string? Hero { get; set; }
    [Id(8)] public int Hp { get; set; }
    [Id(9)] public int MaxHp { get; set; }
    [Id(10)] public List<string> Boons { get; set; } = [];
    [Id(11)] public int Position { get; set; }
    [Id(12)] public List<int> Cleared { get; set; } = [];
    [Id(13)] public string? BattleTable { get; set; }
    [Id(14)] public Dictionary<int, long> Unclaimed { get; set; } = [];
    [Id(15)] public List<int> Claimed { get; set; } = [];
    [Id(16)] public int RunsCompleted { get; set; }
    [Id(17)] public int BestFloor { get; set; }
    [Id(18)] public Dictionary<int, string> Purchases { get; set; } = [];
}
