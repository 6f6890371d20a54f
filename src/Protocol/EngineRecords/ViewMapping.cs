using Modes = SanguoOrleans.Game.Modes;
using Flow = SanguoOrleans.Game.Flow;
using Views = SanguoOrleans.Game.Views;

namespace SanguoOrleans.Protocol.EngineRecords;

/// <summary>The engine's per-viewer snapshot and the protocol's, both ways.</summary>
public static class ViewMapping
{
    /// <summary>The protocol's view.</summary>
    public static PlayerView ToProto(this Views.PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var proto = new PlayerView
        {
            Viewer = view.Viewer,
            CurrentSeat = view.CurrentSeat,
            Phase = view.Phase,
            Turn = view.Turn,
            DrawPileCount = view.DrawPileCount,
            DiscardPileCount = view.DiscardPileCount,
            Winner = view.Winner is null ? WinningSide.Unspecified : Enum.Parse<Flow.WinningSide>(view.Winner).ToProto(),
        };
        proto.Processing.AddRange(view.Processing);
        proto.Seats.AddRange(view.Seats.Select(ToProto));
        return proto;
    }

    /// <summary>The engine's view.</summary>
    public static Views.PlayerView ToEngine(this PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            view.Viewer,
            view.CurrentSeat,
            view.Phase,
            view.Turn,
            view.DrawPileCount,
            view.DiscardPileCount,
            [.. view.Processing],
            [.. view.Seats.Select(ToEngine)],
            view.Winner is WinningSide.Unspecified ? null : view.Winner.ToEngine().ToString());
    }

    /// <summary>The protocol's seat.</summary>
    public static SeatView ToProto(this Views.SeatView seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var proto = new SeatView
        {
            Seat = seat.Seat,
            Hero = seat.Hero ?? "",
            Role = seat.Role is null ? Role.Unspecified : Enum.Parse<Modes.Role>(seat.Role).ToProto(),
            Hp = seat.Hp,
            MaxHp = seat.MaxHp,
            Alive = seat.Alive,
            Chained = seat.Chained,
            HandCount = seat.HandCount,
        };
        proto.Hand.AddRange(seat.Hand);
        proto.Equipment.AddRange(seat.Equipment);
        proto.Judge.AddRange(seat.Judge);
        proto.DamageDealt.AddRange(seat.DamageDealt);
        return proto;
    }

    /// <summary>The engine's seat.</summary>
    public static Views.SeatView ToEngine(this SeatView seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return new(
            seat.Seat,
            seat.Hero is "" ? null : seat.Hero,
            seat.Role is Role.Unspecified ? null : seat.Role.ToEngine().ToString(),
            seat.Hp,
            seat.MaxHp,
            seat.Alive,
            seat.Chained,
            seat.HandCount,
            [.. seat.Hand],
            [.. seat.Equipment],
            [.. seat.Judge],
            [.. seat.DamageDealt]);
    }
}
