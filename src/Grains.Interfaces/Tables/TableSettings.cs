using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>What a table is created with: the game's settings plus who may join and how fast it plays.</summary>
/// <param name="Name">Shown in the lobby.</param>
/// <param name="Game">The engine's settings (mode — the double-renegade flag is a mode —, deck, hero choices).</param>
/// <param name="Limits">Answer time per deadline class; null = <see cref="TimeLimits.Standard"/>.</param>
/// <param name="MinLevel">Lowest user level admitted.</param>
/// <param name="MaxLevel">Highest user level admitted.</param>
/// <param name="Password">Required to join when set; never shown back.</param>
/// <param name="Private">Not listed in the lobby.</param>
/// <param name="Pages">Lobby pages it is listed on; null = page 0.</param>
/// <param name="AiDelay">Pause before each AI answer, so people can follow; zero plays AI moves at once.</param>
/// <param name="WinReward">Tongqian paid to each winner (0 = none).</param>
/// <param name="PlayReward">Tongqian paid to each other player who stayed to the end (0 = none).</param>
/// <param name="Seed">Fixed seed for test and replay-check tables; null = random.</param>
[GenerateSerializer, Immutable, Alias("sanguo.TableSettings")]
public sealed record TableSettings(
    string Name,
    GameSettings Game,
    TimeLimits? Limits = null,
    int MinLevel = 0,
    int MaxLevel = int.MaxValue,
    string? Password = null,
    bool Private = false,
    IReadOnlyList<int>? Pages = null,
    TimeSpan AiDelay = default,
    long WinReward = 0,
    long PlayReward = 0,
    ulong? Seed = null)
{
    /// <summary>The longest table name accepted.</summary>
    public const int MaxNameLength = 32;

    /// <summary>Number of seats.</summary>
    public int SeatCount => Game.PlayerCount;

    /// <summary>The time limits in force.</summary>
    public TimeLimits EffectiveLimits => Limits ?? TimeLimits.Standard;

    /// <summary>The lobby pages in force (none when private).</summary>
    public IReadOnlyList<int> EffectivePages => Private ? [] : Pages ?? [0];

    /// <summary>The settings as others may see them: without the password.</summary>
    public TableSettings Public() => Password is null ? this : this with { Password = null };

    /// <summary>Why the settings are unusable, or null when they are fine.</summary>
    public string? Validate() => this switch
    {
        { Name: null or "" } or { Name.Length: > MaxNameLength } => $"A table name has 1 to {MaxNameLength} characters.",
        { Game: null } => "Game settings are required.",
        { MinLevel: < 0 } => "The minimum level is not negative.",
        _ when MaxLevel < MinLevel => "The maximum level is below the minimum.",
        { AiDelay.Ticks: < 0 } => "The AI delay is not negative.",
        { WinReward: < 0 } or { PlayReward: < 0 } => "Rewards are not negative.",
        _ when !Enum.IsDefined(Game.Mode) => "Unknown mode.",
        _ when Game.TeamRules?.Validate() is { } teams => teams,
        _ when EffectiveLimits is var l && (l.Action <= TimeSpan.Zero || l.Response <= TimeSpan.Zero || l.HeroChoice <= TimeSpan.Zero) => "Time limits are positive.",
        _ when Pages is { } p && p.Any(n => n < 0) => "Lobby pages are not negative.",
        _ => null,
    };
}
