using Decisions = SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Protocol.EngineRecords;

/// <summary>The engine's pending requests and the protocol's, both ways.</summary>
public static class DecisionRequestMapping
{
    /// <summary>The protocol's request.</summary>
    public static DecisionRequest ToProto(this Decisions.DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var proto = new DecisionRequest
        {
            Id = request.Id,
            Seat = request.Seat,
            Kind = request.Kind.ToProto(),
            Mode = request.Mode.ToProto(),
            Deadline = request.Deadline.ToProto(),
            Reason = request.Reason,
            Source = request.Source,
            Subject = request.Subject,
            Trick = request.Trick.ToProto(),
            Depth = request.Depth,
            MinCount = request.MinCount,
            MaxCount = request.MaxCount,
            CanPass = request.CanPass,
        };
        proto.Players.AddRange(request.Players);
        proto.Wanted.AddRange(request.Wanted.Select(EngineEnums.ToProto));
        proto.Cards.AddRange(request.Cards);
        proto.Options.AddRange(request.Options);
        proto.Plays.AddRange(request.Plays.Select(ToProto));
        proto.Heroes.AddRange(request.Heroes);
        return proto;
    }

    /// <summary>The engine's request.</summary>
    public static Decisions.DecisionRequest ToEngine(this DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(
            request.Id,
            request.Seat,
            request.Kind.ToEngine(),
            request.Mode.ToEngine(),
            [.. request.Players],
            request.Deadline.ToEngine(),
            request.Reason,
            request.Source,
            request.Subject,
            request.Trick.ToEngineOrNull(),
            request.Depth,
            [.. request.Wanted.Select(EngineEnums.ToEngine)],
            [.. request.Cards],
            request.MinCount,
            request.MaxCount,
            request.CanPass,
            [.. request.Options],
            [.. request.Plays.Select(ToEngine)],
            [.. request.Heroes]);
    }

    /// <summary>The protocol's play option.</summary>
    public static PlayOption ToProto(this Decisions.PlayOption play)
    {
        ArgumentNullException.ThrowIfNull(play);
        var proto = new PlayOption
        {
            Action = play.Action,
            CountsAs = play.As.ToProto(),
            MinTargets = play.MinTargets,
            MaxTargets = play.MaxTargets,
            MinCards = play.MinCards,
            MaxCards = play.MaxCards,
        };
        proto.Cards.AddRange(play.Cards);
        proto.Targets.AddRange(play.Targets);
        if (play.SecondTargets is { } second)
        {
            proto.SecondTargets.AddRange(second.Select(seats => new SeatList { Seats = { seats } }));
        }

        return proto;
    }

    /// <summary>The engine's play option; no second targets is null, as the engine never offers an empty list.</summary>
    public static Decisions.PlayOption ToEngine(this PlayOption play)
    {
        ArgumentNullException.ThrowIfNull(play);
        return new(
            play.Action,
            [.. play.Cards],
            play.CountsAs.ToEngine(),
            [.. play.Targets],
            play.MinTargets,
            play.MaxTargets,
            play.SecondTargets.Count == 0 ? null : [.. play.SecondTargets.Select(list => (IReadOnlyList<int>)[.. list.Seats])],
            play.MinCards,
            play.MaxCards);
    }
}
