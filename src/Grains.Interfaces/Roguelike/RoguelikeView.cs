namespace SanguoOrleans.Grains.Interfaces.Roguelike;

/// <summary>A user's 山河图 as they see it: stamina of the day and the current (or last) run.</summary>
/// <param name="Season">The season the map belongs to.</param>
/// <param name="Stamina">Moves left today.</param>
/// <param name="DailyStamina">Stamina after the daily reset.</param>
/// <param name="ResetDay">The activity day of the last reset (in the configured time zone, starting at the reset hour).</param>
/// <param name="ResetsApplied">How many daily resets this user has had.</param>
/// <param name="RunNumber">Runs started so far (the current run's number).</param>
/// <param name="Status">The run's state.</param>
/// <param name="Hero">The run's hero id.</param>
/// <param name="Position">The node the hero stands on.</param>
/// <param name="Cleared">Nodes whose battle was won or whose effect was applied.</param>
/// <param name="BattleTable">The table of the battle being fought, or null.</param>
/// <param name="Unclaimed">Rewards earned and not yet paid, by node.</param>
/// <param name="Claimed">Nodes whose reward was paid.</param>
/// <param name="Shop">What the shop the hero stands at sells; empty elsewhere.</param>
[GenerateSerializer, Immutable, Alias("sanguo.roguelike.RoguelikeView")]
public sealed record RoguelikeView(
    string Season,
    int Stamina,
    int DailyStamina,
    DateOnly? ResetDay,
    int ResetsApplied,
    int RunNumber,
    RunStatus Status,
    string? Hero,
    int Hp,
    int MaxHp,
    IReadOnlyList<string> Boons,
    int Position,
    IReadOnlyList<int> Cleared,
    string? BattleTable,
    IReadOnlyDictionary<int, long> Unclaimed,
    IReadOnlyList<int> Claimed,
    IReadOnlyList<MapNode> Map,
    IReadOnlyList<ShopOffer> Shop);
