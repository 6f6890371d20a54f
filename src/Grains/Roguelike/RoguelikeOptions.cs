namespace SanguoOrleans.Grains.Roguelike;

/// <summary>Settings of the 山河图 activity (configuration section "Roguelike").</summary>
public sealed class RoguelikeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Roguelike";

    /// <summary>
    /// The service key of the activity's clock: by default the silo's <see cref="TimeProvider"/>; tests replace only this
    /// one, since the runtime itself schedules with the unkeyed clock.
    /// </summary>
    public const string ClockKey = "roguelike";

    /// <summary>The hour (0–23, local to <see cref="TimeZone"/>) at which a new activity day begins.</summary>
    public int ResetHour { get; set; } = 5;

    /// <summary>The IANA time zone of the reset hour.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Stamina after the daily reset; one move costs one.</summary>
    public int DailyStamina { get; set; } = 12;

    /// <summary>The current season: with the user and the run number it seeds the map.</summary>
    public string Season { get; set; } = "s1";

    /// <summary>How long a battle table waits for its player to connect before the game starts.</summary>
    public TimeSpan BattleStartDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Pause before each AI answer in battles, so a person can follow.</summary>
    public TimeSpan BattleAiDelay { get; set; } = TimeSpan.FromMilliseconds(600);
}
