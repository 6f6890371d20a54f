using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>How long a player has to answer, by the engine's deadline class.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.TimeLimits")]
public sealed record TimeLimits(TimeSpan Action, TimeSpan Response, TimeSpan HeroChoice)
{
    /// <summary>The rules' limits: 15 s to act, 8 s to respond, 20 s to choose a hero.</summary>
    public static TimeLimits Standard { get; } = new(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(20));

    /// <summary>The limit for one deadline class.</summary>
    public TimeSpan For(DeadlineClass deadline) => deadline switch
    {
        DeadlineClass.Action => Action,
        DeadlineClass.HeroChoice => HeroChoice,
        _ => Response,
    };
}
