using Decisions = SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Protocol.EngineRecords;

/// <summary>The engine's answers and the protocol's, both ways.</summary>
public static class DecisionMapping
{
    /// <summary>The protocol's decision; no option or hero is the empty string.</summary>
    public static Decision ToProto(this Decisions.Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var proto = new Decision
        {
            RequestId = decision.RequestId,
            Seat = decision.Seat,
            Pass = decision.Pass,
            Option = decision.Option ?? "",
            Hero = decision.Hero ?? "",
        };
        proto.Cards.AddRange(decision.Cards);
        proto.Targets.AddRange(decision.Targets);
        return proto;
    }

    /// <summary>The engine's decision.</summary>
    public static Decisions.Decision ToEngine(this Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(
            decision.RequestId,
            decision.Seat,
            decision.Pass,
            [.. decision.Cards],
            [.. decision.Targets],
            decision.Option is "" ? null : decision.Option,
            decision.Hero is "" ? null : decision.Hero);
    }
}
