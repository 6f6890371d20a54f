using Modes = SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Protocol.EngineRecords;

/// <summary>The engine's game settings and the protocol's, both ways (what a replay starts from).</summary>
public static class GameSettingsMapping
{
    /// <summary>The protocol's settings; a list that is not set is empty.</summary>
    public static GameSettings ToProto(this Modes.GameSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var proto = new GameSettings
        {
            Mode = settings.Mode.ToProto(),
            LordExtraChoices = settings.LordExtraChoices,
            HeroChoices = settings.HeroChoices,
            MaxRounds = settings.MaxRounds,
            Teams = settings.Teams?.ToProto(),
        };
        if (settings.WithManeuvering is { } maneuvering)
        {
            proto.WithManeuvering = maneuvering;
        }

        proto.StackedDeck.AddRange(settings.StackedDeck ?? []);
        proto.FixedRoles.AddRange((settings.FixedRoles ?? []).Select(EngineEnums.ToProto));
        proto.FixedHeroes.AddRange(settings.FixedHeroes ?? []);
        proto.FixedHp.AddRange(settings.FixedHp ?? []);
        proto.FixedMaxHp.AddRange(settings.FixedMaxHp ?? []);
        return proto;
    }

    /// <summary>The engine's settings; an empty list is not set (the engine has no use for an empty one).</summary>
    public static Modes.GameSettings ToEngine(this GameSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(
            settings.Mode.ToEngine(),
            settings.HasWithManeuvering ? settings.WithManeuvering : null,
            settings.LordExtraChoices,
            settings.HeroChoices,
            settings.MaxRounds,
            settings.StackedDeck.Count == 0 ? null : [.. settings.StackedDeck],
            settings.FixedRoles.Count == 0 ? null : [.. settings.FixedRoles.Select(EngineEnums.ToEngine)],
            settings.FixedHeroes.Count == 0 ? null : [.. settings.FixedHeroes],
            settings.Teams?.ToEngine(),
            settings.FixedHp.Count == 0 ? null : [.. settings.FixedHp],
            settings.FixedMaxHp.Count == 0 ? null : [.. settings.FixedMaxHp]);
    }

    /// <summary>The protocol's team rules.</summary>
    public static TeamRules ToProto(this Modes.TeamRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new TeamRules
        {
            Seating = { rules.Seating },
            HeroesPerPlayer = rules.HeroesPerPlayer,
            StartingHand = rules.StartingHand.ToProto(),
            LastSeatExtraCards = rules.LastSeatExtraCards,
            FirstDrawAdjustment = rules.FirstDrawAdjustment,
            TeammateDrawsOnDeath = rules.TeammateDrawsOnDeath,
            TeammatesSeeHands = rules.TeammatesSeeHands,
            HeroOffer = rules.HeroOffer,
        };
    }

    /// <summary>The engine's team rules.</summary>
    public static Modes.TeamRules ToEngine(this TeamRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(
            [.. rules.Seating],
            rules.HeroesPerPlayer,
            rules.StartingHand.ToEngine(),
            rules.LastSeatExtraCards,
            rules.FirstDrawAdjustment,
            rules.TeammateDrawsOnDeath,
            rules.TeammatesSeeHands,
            rules.HeroOffer);
    }
}
